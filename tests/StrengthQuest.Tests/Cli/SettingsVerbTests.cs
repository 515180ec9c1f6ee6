using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary><c>player set</c> (travel), <c>couple unlink</c> and <c>player remove</c>.</summary>
public class SettingsVerbTests
{
    private static Support.Cli Couple(Engine engine, string now, string alexZone = "Europe/Berlin", int alexDayStart = 4) => Support.Cli.Couple(now, alexZone, alexDayStart, engine);

    private static JsonElement Status(Support.Cli cli, string player) => Json.Parse(cli.Run("status", "--player", player, "--json"));

    /// <summary>The players check in at 17:00 UTC (or the hour given) on each day of [first, last] of November.</summary>
    private static void TrainDaily(Support.Cli cli, int first, int last, params string[] players) => TrainDaily(cli, first, last, 17, players);

    private static void TrainDaily(Support.Cli cli, int first, int last, int hourUtc, params string[] players)
    {
        for (int day = first; day <= last; day++)
        {
            cli.Now = $"2026-11-{day:00}T{hourUtc:00}:00:00Z";
            foreach (string p in players)
            {
                Assert.Equal(0, cli.Run("log", "--player", p, "tibialis-raise=20,20").ExitCode);
            }
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public void Berlin_to_New_York_and_back_costs_no_streak_for_either_partner(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-20T17:00:00Z");
        TrainDaily(cli, 20, 23, "alex", "sam");
        cli.Now = "2026-11-24T04:30:00Z"; // 05:30 Tuesday in Berlin: Alex trains before flying
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");

        cli.Now = "2026-11-24T05:00:00Z"; // 00:00 in New York: before its day start, Monday there
        CliResult moved = cli.Run("player", "set", "alex", "--tz", "America/New_York");
        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.Contains("Time zone: America/New_York (was Europe/Berlin).", moved.Out);
        Assert.Contains("Your game day is still Tuesday 24 November 2026", moved.Out);
        JsonElement alex = Status(cli, "alex");
        Assert.Equal("2026-11-24", alex.Str("gameDay"));
        Assert.Equal(5, alex.Int("streak.current"));
        Assert.True(alex.GetProperty("checkedInToday").GetBoolean());

        TrainDaily(cli, 24, 27, "sam");
        TrainDaily(cli, 25, 27, "alex");
        cli.Now = "2026-11-28T04:30:00Z"; // 23:30 Friday in New York, 05:30 Saturday in Berlin
        Assert.Contains("Your game day is now Saturday 28 November 2026 (was Friday 27 November 2026).", cli.Run("player", "set", "alex", "--tz", "Europe/Berlin").Out);
        TrainDaily(cli, 28, 30, "alex", "sam");

        cli.Now = "2026-11-30T20:00:00Z";
        foreach (string p in new[] { "alex", "sam" })
        {
            JsonElement status = Status(cli, p);
            Assert.Equal(11, status.Int("streak.current"));
            Assert.Equal(11, status.Int("coop.current"));
        }

        // Recorded sessions kept their day: one a day, 20 to 30.
        Assert.Equal(11L, Sqlite.Scalar<long>(cli.Database, "SELECT count(DISTINCT game_day) FROM sessions s JOIN players p ON p.id = s.player_id WHERE p.handle = 'alex'"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Sydney_to_Los_Angeles_keeps_the_day_until_the_new_clock_reaches_it(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-20T01:00:00Z", "Australia/Sydney");
        TrainDaily(cli, 20, 24, 1, "alex"); // noon in Sydney
        cli.Now = "2026-11-24T23:00:00Z"; // 10:00 Wednesday in Sydney, 15:00 Tuesday in Los Angeles
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        JsonElement moved = Json.Parse(cli.Run("player", "set", "alex", "--tz", "America/Los_Angeles", "--json"));
        Assert.Equal("2026-11-25", moved.Str("gameDayBefore"));
        Assert.Equal("2026-11-25", moved.Str("gameDay"));
        Assert.Equal(0, moved.GetProperty("skippedDays").GetArrayLength());

        // Wednesday again in Los Angeles is the same Wednesday: it earns no second day of streak.
        cli.Now = "2026-11-25T20:00:00Z"; // 12:00 Wednesday in Los Angeles
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        Assert.Equal("2026-11-25", Status(cli, "alex").Str("gameDay"));
        Assert.Equal(6, Status(cli, "alex").Int("streak.current"));
        cli.Now = "2026-11-26T12:00:00Z"; // 04:00 Thursday in Los Angeles
        Assert.Equal("2026-11-26", Status(cli, "alex").Str("gameDay"));
        Assert.Equal(6, Status(cli, "alex").Int("streak.current"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_day_jumped_over_flying_east_bridges_both_streaks(Engine engine)
    {
        // Los Angeles with day start 23, to Sydney with day start 0, at 22:00 Monday in Los Angeles.
        using Support.Cli cli = Couple(engine, "2026-11-18T17:00:00Z", "America/Los_Angeles", 23);
        for (int day = 18; day <= 22; day++)
        {
            cli.Now = $"2026-11-{day + 1:00}T07:30:00Z"; // 23:30 in Los Angeles: that day's game day
            Assert.Equal(0, cli.Run("log", "--player", "alex", "tibialis-raise=20,20").ExitCode);
        }

        TrainDaily(cli, 18, 25, "sam");
        cli.Now = "2026-11-24T06:00:00Z";
        CliResult moved = cli.Run("player", "set", "alex", "--tz", "Australia/Sydney", "--day-start", "0");
        Assert.Contains("Monday 23 November 2026 was skipped by the change: it bridges your streaks.", moved.Out);
        cli.Now = "2026-11-24T07:00:00Z";
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        cli.Now = "2026-11-25T02:00:00Z";
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");

        cli.Now = "2026-11-25T20:00:00Z";
        JsonElement alex = Status(cli, "alex");
        Assert.Equal(7, alex.Int("streak.current"));
        Assert.Equal(7, alex.Int("coop.current"));
        Assert.Equal(7, Status(cli, "sam").Int("coop.current"));
        string mark = Json.Parse(cli.Run("history", "--player", "alex", "--json")).GetProperty("days").EnumerateArray()
            .Single(d => d.Str("day") == "2026-11-23").Str("mark")!;
        Assert.Equal("travel", mark);

        // Exported and imported elsewhere, the travel comes along: the same streak.
        string export = Path.Combine(cli.Folder, "all.json");
        Assert.Equal(0, cli.Run("export", "--format", "json", "-o", export).ExitCode);
        cli.Database = cli.OtherDatabase("elsewhere.db");
        Assert.Equal(0, cli.Run("import", export).ExitCode);
        Assert.Equal(7, Status(cli, "alex").Int("streak.current"));
        Assert.Equal(7, Status(cli, "sam").Int("coop.current"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_later_day_start_around_the_hour_never_repeats_the_day(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-24T04:00:00Z"); // 05:00 Tuesday in Berlin
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        JsonElement moved = Json.Parse(cli.Run("player", "set", "alex", "--day-start", "6", "--json"));
        Assert.Equal("2026-11-24", moved.Str("gameDay"));
        Assert.Equal(6, moved.Int("dayStartHour"));
        cli.Now = "2026-11-25T04:59:00Z";
        Assert.Equal("2026-11-24", Status(cli, "alex").Str("gameDay"));
        cli.Now = "2026-11-25T05:00:00Z";
        Assert.Equal("2026-11-25", Status(cli, "alex").Str("gameDay"));
        Assert.Equal(1, Status(cli, "alex").Int("streak.current"));
    }

    [Theory]
    [InlineData(2, "player", "set", "alex")]
    [InlineData(3, "player", "set", "alex", "--tz", "Mars/Olympus_Mons")]
    [InlineData(3, "player", "set", "alex", "--day-start", "24")]
    [InlineData(2, "player", "set", "alex", "--day-start", "four")]
    [InlineData(3, "player", "set", "alex", "--name", "Al\u001b]0;pwned\u0007ex")]
    [InlineData(2, "player", "set", "alex", "--name", "   ")]
    [InlineData(2, "player", "set", "alex", "--tz", "")]
    [InlineData(3, "player", "set", "nobody", "--name", "Nobody")]
    [InlineData(2, "couple", "unlink", "alex")]
    [InlineData(3, "couple", "unlink", "nobody", "--yes")]
    [InlineData(2, "player", "remove", "alex")]
    [InlineData(3, "player", "remove", "alex", "--yes")]
    [InlineData(3, "player", "remove", "nobody", "--yes")]
    public void Bad_settings_are_one_sentence_and_change_nothing(int code, params string[] args)
    {
        using Support.Cli cli = Couple(Engine.Sqlite, "2026-11-24T10:00:00Z");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        string before = cli.Run("export").Out;

        CliResult refused = cli.Run(args);

        Assert.True(code == refused.ExitCode, refused.ToString());
        Assert.Single(refused.Err.Trim().Split('\n'));
        Assert.DoesNotContain("\u001b", refused.Err, StringComparison.Ordinal);
        Assert.Equal(before, cli.Run("export").Out);
        Assert.Single(Directory.GetFiles(cli.Folder, "*.db"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Unlinking_keeps_all_history_and_ends_the_co_op(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-24T17:00:00Z");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        cli.Run("log", "--player", "sam", "tibialis-raise=20,20");
        Assert.Equal(1, Status(cli, "alex").Int("coop.current"));

        CliResult asked = cli.Run("couple", "unlink", "sam");
        Assert.Equal(2, asked.ExitCode);
        Assert.Contains("--yes", asked.Err);

        CliResult unlinked = cli.Run("couple", "unlink", "sam", "--yes");
        Assert.True(unlinked.ExitCode == 0, unlinked.ToString());
        Assert.Contains("Unlinked sam and Alex (alex)", unlinked.Out);
        Assert.Equal(JsonValueKind.Null, Status(cli, "alex").GetProperty("coop").ValueKind);
        Assert.Equal(10, Status(cli, "alex").Int("xp"));
        Assert.Equal(2, Json.Sessions(cli));
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
    }

    [Fact]
    public void Removing_a_player_writes_a_backup_next_to_the_database_first()
    {
        using Support.Cli cli = Couple(Engine.Sqlite, "2026-11-24T17:00:00Z");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        cli.Run("log", "--player", "sam", "calf-raise=20,20");
        cli.Run("couple", "unlink", "alex", "--yes");

        CliResult removed = cli.Run("player", "remove", "alex", "--yes");

        Assert.True(removed.ExitCode == 0, removed.ToString());
        string backup = Path.Combine(cli.Folder, "sq-before-removing-alex-20261124-170000.db");
        Assert.Contains($"Backed up the database to {backup} first.", removed.Out);
        Assert.Equal(1L, Sqlite.Scalar<long>(backup, "SELECT count(*) FROM players WHERE handle = 'alex'"));
        Assert.Equal(2L, Sqlite.Scalar<long>(backup, "SELECT count(*) FROM sessions"));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM players WHERE handle = 'alex'"));
        Assert.Equal(1, Json.Sessions(cli));
        Assert.Equal(10, Status(cli, "sam").Int("xp"));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(3, cli.Run("status", "--player", "alex").ExitCode);
    }

    [Fact]
    public void Unlinking_takes_the_couple_off_the_board_and_removing_a_player_leaves_no_key_code_or_consent()
    {
        using Support.Cli cli = Couple(Engine.Sqlite, "2026-11-24T17:00:00Z");
        Assert.Equal(0, cli.Run("board", "join", "--player", "alex").ExitCode);
        Assert.Equal(0, cli.Run("board", "join", "--player", "sam").ExitCode);
        Assert.Equal(1, Status(cli, "alex").Int("board.couples"));
        Assert.Equal(0, cli.Run("keys", "add", "--player", "alex", TestKey.NewEd25519().Save(cli.Folder)).ExitCode);

        Assert.Equal(0, cli.Run("couple", "unlink", "alex", "--yes").ExitCode);
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM board_members"));
        // Linked again, the consent given for the old couple does not come back by itself.
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        Assert.Equal(JsonValueKind.Null, Status(cli, "alex").GetProperty("board").ValueKind);

        Assert.Equal(0, cli.Run("couple", "unlink", "alex", "--yes").ExitCode);
        Assert.Equal(0, cli.Run("invite", "--player", "alex").ExitCode);
        CliResult removed = cli.Run("player", "remove", "alex", "--yes");
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM player_keys"));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM access_codes"));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM pragma_foreign_key_check"));
    }
}
