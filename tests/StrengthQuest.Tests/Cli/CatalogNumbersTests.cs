using System.Text.Json.Nodes;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>Text takes its numbers from the catalog in use: with --catalog, the sentences follow the file.</summary>
public class CatalogNumbersTests
{
    private static string Catalog(Support.Cli cli, Action<JsonNode> change)
    {
        string shipped = Path.Combine(AppContext.BaseDirectory, "catalog.json");
        JsonNode catalog = JsonNode.Parse(File.ReadAllText(File.Exists(shipped) ? shipped : FindShipped()))!;
        change(catalog["rules"]!);
        string file = Path.Combine(cli.Folder, "catalog.json");
        File.WriteAllText(file, catalog.ToJsonString());
        return file;
    }

    private static string FindShipped()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "catalog.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/catalog.json");
    }

    [Fact]
    public void Pain_rest_backfill_and_protected_day_sentences_follow_the_catalog()
    {
        using Support.Cli cli = new("2026-11-24T12:00:00Z");
        string catalog = Catalog(cli, rules =>
        {
            rules["restDayMinPain"] = 5;
            rules["backfillDays"] = 2;
            rules["protectedDaysPerWindow"] = 1;
            rules["protectedWindowDays"] = 5;
        });
        Assert.Equal(0, cli.Run("--catalog", catalog, "player", "add", "kim", "--name", "Kim", "--tz", "UTC").ExitCode);

        CliResult low = cli.Run("--catalog", catalog, "log", "--player", "kim", "--rest", "--pain", "4");
        Assert.Equal(3, low.ExitCode);
        Assert.Contains("pain of 5 or more", low.Err);

        CliResult far = cli.Run("--catalog", catalog, "log", "--player", "kim", "--date", "2026-11-21", "tibialis-raise=20,20");
        Assert.Equal(3, far.ExitCode);
        Assert.Contains("up to 2 game days", far.Err);

        Assert.Equal(0, cli.Run("--catalog", catalog, "log", "--player", "kim", "--date", "2026-11-23", "--rest", "--pain", "5").ExitCode);
        CliResult second = cli.Run("--catalog", catalog, "log", "--player", "kim", "--rest", "--pain", "5");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("at most 1 pain-rest day in any 5 days", second.Out);
    }
}
