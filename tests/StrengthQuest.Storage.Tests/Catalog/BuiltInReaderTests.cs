using System.Text.Json;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Storage.Catalog;

namespace StrengthQuest.Storage.Tests.Catalog;

/// <summary>The lean reader of the built-in catalog reads exactly what the serializer reads from the same bytes.</summary>
public class BuiltInReaderTests
{
    private static readonly JsonSerializerOptions Plain = new() { WriteIndented = true };

    [Fact]
    public void The_lean_reader_and_the_serializer_agree_on_every_field()
    {
        GameCatalog lean = CatalogLoader.LoadBuiltIn();
        GameCatalog serialized = CatalogLoader.LoadBuiltInWithSerializer();
        Assert.Equal(Show(serialized.Rules), Show(lean.Rules));
        Assert.Equal(Show(serialized.Ladders), Show(lean.Ladders));
        Assert.Equal(Show(serialized.Evidence), Show(lean.Evidence));
        Assert.Equal(Show(serialized.PainGuide), Show(lean.PainGuide));
        Assert.Equal(Show(serialized.Bosses), Show(lean.Bosses));
        Assert.Equal(serialized.Fingerprint, lean.Fingerprint);
        Assert.NotEqual(Show(new GameRules() with { BackfillDays = 9 }), Show(lean.Rules));
    }

    [Fact]
    public void The_built_in_catalog_breaks_no_rule_of_a_catalog() =>
        Assert.Empty(CatalogFaults.Find(CatalogLoader.LoadBuiltIn()));

    private static string Show(object value) => JsonSerializer.Serialize(value, value.GetType(), Plain);
}
