using System.Text.Json;
using System.Text.Json.Serialization;
using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Storage.Catalog;

/// <summary>data/catalog.json as written on disk.</summary>
internal sealed class CatalogDocument
{
    public int Version { get; set; }

    public GameRules? Rules { get; set; }

    public List<LadderDocument>? Ladders { get; set; }

    public List<string>? Evidence { get; set; }

    public PainGuide? PainGuide { get; set; }

    public List<Boss>? Bosses { get; set; }
}

internal sealed class LadderDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Area { get; set; }

    public List<string>? QuestAreas { get; set; }

    public List<LevelDocument>? Levels { get; set; }

    public string? Safety { get; set; }
}

internal sealed class LevelDocument
{
    /// <summary>Optional: the level's number, which must be its place in the list (easiest first).</summary>
    public int? Level { get; set; }

    public string? Name { get; set; }

    public string? Measure { get; set; }

    public int Sets { get; set; }

    public int Amount { get; set; }

    public List<string>? Cues { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class CatalogJson : JsonSerializerContext;
