using System.Text.Json;

namespace StrengthQuest.Tests.Support;

/// <summary>Reads the CLI's JSON output.</summary>
public static class Json
{
    public static JsonElement Parse(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    public static JsonElement At(this JsonElement e, string path)
    {
        foreach (string part in path.Split('.'))
        {
            e = e.GetProperty(part);
        }

        return e;
    }

    public static int Int(this JsonElement e, string path) => e.At(path).GetInt32();

    public static string? Str(this JsonElement e, string path) => e.At(path).GetString();

    public static JsonElement Ladder(this JsonElement status, string id) =>
        status.GetProperty("ladders").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);

    /// <summary>How many sessions the database holds, read through the export.</summary>
    public static int Sessions(Cli cli) => Parse(cli.Run("export", "--format", "json")).GetProperty("sessions").GetArrayLength();
}
