using System.Text.Json.Serialization;

namespace StrengthQuest.Cli.Json;

/// <summary>Source-generated JSON for every CLI output: no reflection, so it works under Native AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(StatusJson))]
[JsonSerializable(typeof(List<PlayerJson>))]
[JsonSerializable(typeof(QuestJson))]
[JsonSerializable(typeof(HistoryJson))]
[JsonSerializable(typeof(CheckInJson))]
[JsonSerializable(typeof(CorrectionJson))]
[JsonSerializable(typeof(PlayerChangeJson))]
[JsonSerializable(typeof(RecapJson))]
[JsonSerializable(typeof(List<KeyJson>))]
[JsonSerializable(typeof(BoardJson))]
internal sealed partial class CliJson : JsonSerializerContext;
