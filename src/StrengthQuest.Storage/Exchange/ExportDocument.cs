using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrengthQuest.Storage.Exchange;

/// <summary>The JSON export: everything needed to rebuild the game elsewhere; import reads the same shape.</summary>
public sealed class ExportDocument
{
    public const string FormatName = "strengthquest";
    public const int CurrentVersion = 1;

    [JsonRequired]
    public string Format { get; set; } = FormatName;

    [JsonRequired]
    public int Version { get; set; } = CurrentVersion;

    public List<ExportPlayer> Players { get; set; } = [];

    public List<ExportCouple> Couples { get; set; } = [];

    public List<ExportSession> Sessions { get; set; } = [];
}

public sealed record ExportPlayer(string Handle, string Name, string TimeZone, int DayStartHour, string CreatedAt);

public sealed record ExportCouple(string A, string B, string LinkedAt);

public sealed record ExportSession(
    string Uid,
    string Player,
    string Day,
    string RecordedAt,
    bool Backfilled,
    int? RestPain,
    string? Note,
    List<ExportEntry> Entries);

public sealed record ExportEntry(string Ladder, int Level, int Pain, List<ExportSet> Sets);

public sealed record ExportSet(int Amount, decimal? LoadKg);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportJson : JsonSerializerContext;

/// <summary>Reads and writes the export JSON.</summary>
public static class ExportFile
{
    /// <summary>Years of sessions for a host of couples fit well within this; anything larger is refused at once.</summary>
    public const int MaxBytes = 64 << 20;

    public static string Serialize(ExportDocument document) => JsonSerializer.Serialize(document, ExportJson.Default.ExportDocument);

    /// <summary>Parses an export; a malformed file is a <see cref="Core.GameDataException"/> naming the fault.</summary>
    public static ExportDocument Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ExportJson.Default.ExportDocument)
                ?? throw new Core.GameDataException($"{source} is not a StrengthQuest export: it holds null; nothing was imported.");
        }
        catch (JsonException e)
        {
            throw new Core.GameDataException($"{source} is not a StrengthQuest export: {ExportJsonFault.Describe(e, json)}; nothing was imported.");
        }
    }
}
