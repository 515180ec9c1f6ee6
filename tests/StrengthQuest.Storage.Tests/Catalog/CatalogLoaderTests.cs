using StrengthQuest.Core.Catalog;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Tests.Support;

namespace StrengthQuest.Storage.Tests.Catalog;

public class CatalogLoaderTests
{
    [Fact]
    public void The_built_in_catalog_has_the_fourteen_ladders_of_the_domain()
    {
        GameCatalog catalog = CatalogLoader.LoadBuiltIn();
        Assert.Equal(
            ["backward-walk", "tibialis-raise", "calf-raise", "soleus-raise", "patrick-step", "poliquin-step", "atg-split-squat",
             "slant-squat", "reverse-nordic", "nordic-curl", "couch-stretch", "elephant-walk", "jefferson-curl", "l-sit"],
            catalog.Ladders.Select(l => l.Id));
        Assert.All(catalog.Ladders, l => Assert.InRange(l.Levels.Count, 3, 6));
        Assert.All(catalog.Ladders.SelectMany(l => l.Levels), level => Assert.InRange(level.Cues.Count, 1, 3));
        Assert.Equal("2×30 s", catalog.Find("reverse-nordic")!.Level(1).Target);
        Assert.Equal(Measure.Reps, catalog.Find("reverse-nordic")!.Level(2).Measure);
        Assert.Equal("5×20", catalog.Find("patrick-step")!.Level(3).Target);
        Assert.Contains("disc injury", catalog.Find("jefferson-curl")!.Safety);
        Assert.Contains("Pad the knees", catalog.Find("nordic-curl")!.Safety);
        // The data file carries exactly the defaults of GAME.md.
        GameRules defaults = new();
        Assert.Equal(defaults with { LevelCurve = catalog.Rules.LevelCurve, Quest = catalog.Rules.Quest }, catalog.Rules);
        Assert.Equal(defaults.LevelCurve, catalog.Rules.LevelCurve);
        Assert.Equal(defaults.Quest with { Areas = catalog.Rules.Quest.Areas, MobilityGroups = catalog.Rules.Quest.MobilityGroups }, catalog.Rules.Quest);
        Assert.Equal(defaults.Quest.Areas, catalog.Rules.Quest.Areas);
        Assert.Equal(defaults.Quest.MobilityGroups.Select(g => string.Join(",", g)), catalog.Rules.Quest.MobilityGroups.Select(g => string.Join(",", g)));
    }

    [Fact]
    public void The_shipped_file_in_data_is_the_one_built_in()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "../../../../../data/catalog.json");
        GameCatalog fromFile = CatalogLoader.LoadFile(file);
        Assert.Equal(CatalogLoader.LoadBuiltIn().Ladders.Count, fromFile.Ladders.Count);
    }

    [Theory]
    [InlineData("{ not json", "is not valid catalog JSON at line 1")]
    [InlineData("""{ "ladders": [ { "id": "x", "name": "X", "levels": [ { "name": "a", "measure": "reps", "sets": 1, "amount": 1, "cues": ["c"] } ] } ] }""", "ladder \"x\" has 1 levels (3 to 6 expected)")]
    [InlineData("""{ "ladders": [ { "id": "x", "name": "X", "levels": [ { "name": "a", "measure": "furlongs", "sets": 1, "amount": 1, "cues": ["c"] } ] } ] }""", "measure \"furlongs\"")]
    [InlineData("""{ "ladders": [], "colour": "red" }""", "is not valid catalog JSON")]
    [InlineData("""{ "ladders": [] }""", "it has no ladders")]
    public void A_malformed_catalog_names_the_file_and_the_fault(string json, string fault)
    {
        using TempFolder temp = new();
        string path = temp.File("bad-catalog.json");
        File.WriteAllText(path, json);

        CatalogException e = Assert.Throws<CatalogException>(() => CatalogLoader.LoadFile(path));

        Assert.Contains(path, e.Message);
        Assert.Contains(fault, e.Message);
    }

    [Fact]
    public void A_missing_catalog_file_says_so()
    {
        CatalogException e = Assert.Throws<CatalogException>(() => CatalogLoader.LoadFile("/nonexistent/catalog.json"));
        Assert.Contains("/nonexistent/catalog.json", e.Message);
    }
}
