using System.Text.Json;
using System.Text.RegularExpressions;

namespace StrengthQuest.Storage.Exchange;

/// <summary>
/// Says in words what the JSON reader could not take from an export: which field of which player,
/// couple or session has the wrong type or is missing, or where the text stops being JSON.
/// </summary>
internal static partial class ExportJsonFault
{
    public static string Describe(JsonException e, string json)
    {
        string path = e.Path ?? "$";
        if (Missing().Match(e.Message) is { Success: true } missing)
        {
            return $"{Owner(path, json)} has no field {missing.Groups[1].Value}";
        }

        if (Field(path) is { } field)
        {
            if (e.Message.Contains("doesn't allow null values", StringComparison.Ordinal))
            {
                return $"{Owner(path, json)} has null for {field}, which needs {Expected(field)}";
            }

            if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
            {
                return $"{Owner(path, json)} has a wrong value for {field} ({Expected(field)} expected)";
            }
        }

        string line = e.LineNumber is { } n ? $" at line {n + 1}" : "";
        return $"it is not valid JSON{line}";
    }

    /// <summary>"session \"0a1b…\"", "player number 2", or "the file" for a path like $.sessions[3].entries[0].level.</summary>
    private static string Owner(string path, string json)
    {
        if (TopItem().Match(path) is not { Success: true } item)
        {
            return "the file";
        }

        string list = item.Groups[1].Value;
        int index = int.Parse(item.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        string kind = list[..^1];
        string key = list == "sessions" ? "uid" : list == "players" ? "handle" : "";
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (key.Length > 0 && document.RootElement.GetProperty(list)[index].TryGetProperty(key, out JsonElement name)
                && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 and <= 64 } text && !Core.Text.SafeText.HasControl(text))
            {
                return $"{kind} \"{text}\"";
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // Not found by name: the number will do.
        }

        return $"{kind} number {index + 1}";
    }

    /// <summary>The field inside its player, couple or session ("entries[0].level"), or the top-level one ("players").</summary>
    private static string? Field(string path)
    {
        string rest = TopItem().Replace(path, "", 1).TrimStart('$').TrimStart('.');
        return rest.Length > 0 ? rest : null;
    }

    /// <summary>What a field of the export holds, by its name.</summary>
    private static string Expected(string field) => Regex.Replace(field, @"\[\d+\]", "").Split('.')[^1] switch
    {
        "version" or "dayStartHour" or "level" or "pain" or "amount" or "restPain" => "a whole number",
        "loadKg" => "a number",
        "backfilled" => "true or false",
        "players" or "couples" or "sessions" or "entries" or "sets" => "a list",
        _ => "text",
    };

    [GeneratedRegex(@"^\$\.(players|couples|sessions)\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex TopItem();

    [GeneratedRegex(@"missing required properties including: '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Missing();

}
