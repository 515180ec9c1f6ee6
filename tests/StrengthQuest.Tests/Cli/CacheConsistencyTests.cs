using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>The fold cache only saves time: every answer is the same with it, without it, and after writes.</summary>
public class CacheConsistencyTests
{
    /// <summary>An export of two partners training most days for two months, with flare-ups and rests.</summary>
    private static string History(DateOnly last, int days)
    {
        StringBuilder sessions = new();
        string[] ladders = ["tibialis-raise", "calf-raise", "patrick-step", "nordic-curl", "couch-stretch", "l-sit"];
        foreach (string player in new[] { "alex", "sam" })
        {
            for (int n = 0; n < days; n++)
            {
                DateOnly day = last.AddDays(n - days + 1);
                if ((n * 7 + player.Length) % 11 == 0)
                {
                    continue;
                }

                string d = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                string entries = (n % 13 == 5)
                    ? ""
                    : string.Join(",", Enumerable.Range(0, 3).Select(k =>
                    {
                        string ladder = ladders[(n + k) % ladders.Length];
                        int pain = (n * (k + 3)) % 17 == 0 ? 6 : (n + k) % 5;
                        return $$"""{"ladder":"{{ladder}}","level":1,"pain":{{pain}},"sets":[{"amount":60,"loadKg":null},{"amount":60,"loadKg":null},{"amount":60,"loadKg":null}]}""";
                    }));
                string rest = entries.Length == 0 ? "8" : "null";
                sessions.Append($$"""{"uid":"{{player}}-{{n}}","player":"{{player}}","day":"{{d}}","recordedAt":"{{d}}T18:00:00.000Z","backfilled":false,"restPain":{{rest}},"note":null,"entries":[{{entries}}]},""");
            }
        }

        return $$"""
            {"format":"strengthquest","version":1,
             "players":[{"handle":"alex","name":"Alex","timeZone":"Europe/Berlin","dayStartHour":4,"createdAt":"2026-01-01T00:00:00.000Z"},
                        {"handle":"sam","name":"Sam","timeZone":"America/New_York","dayStartHour":6,"createdAt":"2026-01-01T00:00:00.000Z"}],
             "couples":[{"a":"alex","b":"sam","linkedAt":"2026-01-01T00:00:00.000Z"}],
             "sessions":[{{sessions.ToString().TrimEnd(',')}}]}
            """;
    }

    private static void DropCache(string database)
    {
        using SqliteConnection c = new($"Data Source={database};Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = "DELETE FROM fold_cache";
        command.ExecuteNonQuery();
    }

    private static void AssertSameWithAndWithoutCache(Support.Cli cli)
    {
        foreach (string player in new[] { "alex", "sam" })
        {
            CliResult cached = cli.Run("status", "--player", player, "--json");
            Assert.True(Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM fold_cache") > 0);
            DropCache(cli.Database);
            CliResult replayed = cli.Run("status", "--player", player, "--json");
            Assert.Equal(0, replayed.ExitCode);
            Assert.Equal(replayed.Out, cached.Out);
            Assert.Equal(replayed.Out, cli.Run("status", "--player", player, "--json").Out);
        }
    }

    [Fact]
    public void Status_is_the_same_with_the_cache_without_it_and_after_check_ins_and_backfills()
    {
        using Support.Cli cli = new("2026-11-24T12:00:00Z");
        string file = Path.Combine(cli.Folder, "history.json");
        File.WriteAllText(file, History(new DateOnly(2026, 11, 23), 70));
        Assert.Equal(0, cli.Run("import", file).ExitCode);

        AssertSameWithAndWithoutCache(cli);

        Assert.Equal(0, cli.Run("log", "--player", "alex", "tibialis-raise=20,20", "calf-raise=20,20", "nordic-curl=5,5/5").ExitCode);
        AssertSameWithAndWithoutCache(cli);

        Assert.Equal(0, cli.Run("log", "--player", "sam", "--date", "2026-11-21", "calf-raise=20,20").ExitCode);
        Assert.Equal(0, cli.Run("log", "--player", "sam", "--rest", "--pain", "7").ExitCode);
        AssertSameWithAndWithoutCache(cli);

        // The clock moves on a week: the cached day falls behind and is moved forward.
        cli.Now = "2026-12-01T12:00:00Z";
        Assert.Equal(0, cli.Run("log", "--player", "sam", "calf-raise=20,20").ExitCode);
        AssertSameWithAndWithoutCache(cli);
    }
}
