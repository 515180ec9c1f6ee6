using System.Text.Json.Nodes;
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
        Assert.True(e.Message.Contains(fault, StringComparison.Ordinal), e.Message);
    }

    [Fact]
    public void A_missing_catalog_file_says_so()
    {
        CatalogException e = Assert.Throws<CatalogException>(() => CatalogLoader.LoadFile("/nonexistent/catalog.json"));
        Assert.Contains("/nonexistent/catalog.json", e.Message);
    }

    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "../../../../../data/catalog.json");

    private static JsonObject Ladder(JsonObject catalog, string id) =>
        catalog["ladders"]!.AsArray().Select(l => l!.AsObject()).First(l => (string)l["id"]! == id);

    public static TheoryData<string, string> BrokenRules => new()
    {
        { "rules.backfillDays=-1", "rules.backfillDays is -1 (0 to 30 expected)" },
        { "rules.levelCurve.linearXpPerLevel=0", "rules.levelCurve.linearXpPerLevel is 0 (1 to 100000 expected)" },
        { "rules.restDayMinPain=11", "rules.restDayMinPain is 11 (1 to 10 expected)" },
        { "rules.coolDownPain=3", "rules.coolDownPain is 3 (4 to 10 expected)" },
        { "rules.protectedDaysPerWindow=8", "rules.protectedDaysPerWindow is 8 (0 to 7 expected)" },
        { "rules.quest.minLadders=7", "rules.quest.minLadders is 7 (1 to 6 expected)" },
        { "rules.quest.metresPerMinute=0", "rules.quest.metresPerMinute is 0 (1 to 1000 expected)" },
        { "rules.levelCurve.quadraticA=-1", "rules.levelCurve.quadraticA is -1 (0 to 1000 expected)" },
        { "rules.levelCurve={ \"quadraticA\": 0, \"quadraticB\": 0, \"quadraticC\": 4 }", "rules.levelCurve asks 4 XP to climb from level 6, less than roundTo (10)" },
        { "rules.defaultDayStartHour=24", "rules.defaultDayStartHour is 24 (0 to 23 expected)" },
        { "rules.backfillDays=\"three\"", "rules.backfillDays has a value of the wrong type" },
        { "rules.quest=null", "rules.quest cannot be null" },
        { "rules.quest.areas=[]", "rules.quest.areas needs at least one area" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Every_rule_number_has_a_sane_range_and_a_broken_one_is_named(string change, string fault)
    {
        JsonObject catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        string[] path = change[..change.IndexOf('=')].Split('.');
        JsonObject owner = path[..^1].Aggregate(catalog, (node, step) => node[step]!.AsObject());
        owner[path[^1]] = JsonNode.Parse(change[(change.IndexOf('=') + 1)..]);
        AssertRefused(catalog, fault);
    }

    [Fact]
    public void Levels_out_of_order_too_few_levels_and_unfit_text_are_named()
    {
        JsonObject catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        JsonArray levels = Ladder(catalog, "tibialis-raise")["levels"]!.AsArray();
        foreach ((JsonNode? level, int number) in levels.Zip([2, 1, 3, 4]))
        {
            level!["level"] = number;
        }

        AssertRefused(catalog, "ladder \"tibialis-raise\" lists level 2 in place 1; levels go in order, easiest first");

        catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        Ladder(catalog, "calf-raise")["levels"]!.AsArray().RemoveAt(3);
        Ladder(catalog, "calf-raise")["levels"]!.AsArray().RemoveAt(2);
        AssertRefused(catalog, "ladder \"calf-raise\" has 2 levels (3 to 6 expected)");

        catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        Ladder(catalog, "l-sit")["levels"]![0]!["cues"]![0] = "Lift \u001b[31m";
        AssertRefused(catalog, "ladder \"l-sit\" level 1 has a blank cue or control characters");

        catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        Ladder(catalog, "l-sit")["levels"]![0]!["sets"] = 21;
        AssertRefused(catalog, "ladder \"l-sit\" level 1 asks 21×20 (1 to 20 sets of 1 to 100000 expected)");
    }

    [Fact]
    public void A_rule_the_file_leaves_out_keeps_its_default()
    {
        JsonObject catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        catalog["rules"] = new JsonObject { ["backfillDays"] = 2, ["levelCurve"] = new JsonObject { ["roundTo"] = 5 } };
        using TempFolder temp = new();
        string path = temp.File("catalog.json");
        File.WriteAllText(path, catalog.ToJsonString());

        GameRules rules = CatalogLoader.LoadFile(path).Rules;

        GameRules defaults = new();
        Assert.Equal(defaults with { BackfillDays = 2, LevelCurve = new LevelCurveRules { RoundTo = 5 } }, rules with { Quest = defaults.Quest });
        Assert.Equal(defaults.Quest, rules.Quest with { Areas = defaults.Quest.Areas, MobilityGroups = defaults.Quest.MobilityGroups });
        Assert.Equal(defaults.Quest.Areas, rules.Quest.Areas);
        Assert.Equal(defaults.Quest.MobilityGroups.Select(g => string.Join(",", g)), rules.Quest.MobilityGroups.Select(g => string.Join(",", g)));
    }

    [Fact]
    public void Levels_numbered_in_order_are_fine()
    {
        JsonObject catalog = JsonNode.Parse(File.ReadAllText(Shipped))!.AsObject();
        foreach ((JsonNode? level, int number) in Ladder(catalog, "tibialis-raise")["levels"]!.AsArray().Select((l, i) => (l, i + 1)))
        {
            level!["level"] = number;
        }

        using TempFolder temp = new();
        string path = temp.File("catalog.json");
        File.WriteAllText(path, catalog.ToJsonString());
        Assert.Equal(4, CatalogLoader.LoadFile(path).Find("tibialis-raise")!.TopLevel);
    }

    private static void AssertRefused(JsonObject catalog, string fault)
    {
        using TempFolder temp = new();
        string path = temp.File("catalog.json");
        File.WriteAllText(path, catalog.ToJsonString());
        CatalogException e = Assert.Throws<CatalogException>(() => CatalogLoader.LoadFile(path));
        Assert.Contains(path, e.Message);
        Assert.True(e.Message.Contains(fault, StringComparison.Ordinal), e.Message);
    }
}
