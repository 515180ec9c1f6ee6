using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

public class LogVerbTests
{
    private static Support.Cli Couple(Engine engine, string now = "2026-11-24T10:00:00Z")
    {
        Support.Cli cli = new(now, engine);
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        cli.Run("couple", "link", "alex", "sam");
        return cli;
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_check_in_prints_what_it_earned(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        CliResult result = cli.Run("log", "--player", "alex", "tibialis-raise=20,20", "calf-raise:1=20,20", "patrick-step=20,20/2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+50 XP (base 50, streak bonus 0, co-op bonus 0)", result.Out);
        Assert.Contains("Level up! You reached level 2.", result.Out);
        Assert.Contains("Achievement: First session!", result.Out);
        Assert.Contains("Streak: 1 day", result.Out);

        JsonElement status = Json.Parse(cli.Run("status", "--player", "alex", "--json"));
        Assert.Equal(50, status.Int("xp"));
        Assert.Equal(2, status.Int("level"));
        Assert.Equal(1, status.Int("streak.current"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_co_op_bonus_reaches_both_partners_whoever_checked_in_first(Engine engine)
    {
        // 15:00 UTC: the 24th in Berlin and in New York.
        using Support.Cli cli = Couple(engine, "2026-11-24T15:00:00Z");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        CliResult sam = cli.Run("log", "--player", "sam", "--json", "tibialis-raise=20,20");
        JsonElement earned = Json.Parse(sam);
        Assert.Equal(10, earned.Int("baseXp"));
        Assert.Equal(3, earned.Int("coopBonus"));
        Assert.Equal(13, earned.Int("xp"));
        Assert.Equal(13, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("xp"));
        JsonElement coop = Json.Parse(cli.Run("status", "--player", "alex", "--json")).GetProperty("coop");
        Assert.Equal(1, coop.Int("current"));
        Assert.Equal("sam", coop.Str("partner"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Omitted_levels_use_the_suggestion_and_a_locked_level_is_refused_without_writing(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        CliResult locked = cli.Run("log", "--player", "alex", "tibialis-raise:2=25,25", "calf-raise=20,20");
        Assert.Equal(3, locked.ExitCode);
        Assert.Contains("Level 2 of Tibialis raise is locked", locked.Err);
        Assert.Equal(0, Json.Sessions(cli));

        for (int back = 2; back >= 0; back--)
        {
            Assert.Equal(0, cli.Run("log", "--player", "alex", "--date", $"2026-11-{24 - back}", "tibialis-raise=20,20").ExitCode);
        }

        JsonElement ladder = Json.Parse(cli.Run("status", "--player", "alex", "--json")).Ladder("tibialis-raise");
        Assert.Equal(2, ladder.Int("unlocked"));
        Assert.Equal(2, ladder.Int("suggested"));
        Assert.Contains("Tibialis raise level 2 (wall, feet far)", cli.Run("log", "--player", "alex", "tibialis-raise=25,25").Out);
    }

    [Theory]
    [InlineData(3, "2026-11-20", "too far back")]
    [InlineData(3, "2026-11-25", "in the future")]
    [InlineData(2, "24/11/2026", "takes a date like")]
    public void Days_outside_the_backfill_window_are_refused(int code, string date, string message)
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        CliResult result = cli.Run("log", "--player", "alex", "--date", date, "tibialis-raise=20,20");
        Assert.Equal(code, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Equal(0, Json.Sessions(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_backfilled_check_in_is_marked_and_counts_in_full(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        Assert.Contains("(backfilled)", cli.Run("log", "--player", "alex", "--date", "2026-11-21", "tibialis-raise=20,20").Out);
        JsonElement day = Json.Parse(cli.Run("history", "--player", "alex", "--json")).GetProperty("days")[0];
        Assert.Equal("2026-11-21", day.Str("day"));
        Assert.True(day.GetProperty("sessions")[0].GetProperty("backfilled").GetBoolean());
        Assert.Equal(10, day.Int("xp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_session_at_half_past_midnight_counts_for_the_day_before(Engine engine)
    {
        // 23:30 UTC on the 24th is 00:30 on the 25th in Berlin: before 04:00, so the 24th.
        using Support.Cli cli = Couple(engine, "2026-11-24T23:30:00Z");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        JsonElement status = Json.Parse(cli.Run("status", "--player", "alex", "--json"));
        Assert.Equal("2026-11-24", status.Str("gameDay"));
        Assert.True(status.At("checkedInToday").GetBoolean());
    }

    [Theory]
    [InlineData(2, new[] { "--rest", "--pain", "7", "tibialis-raise=20" }, "--rest records a pain-rest day")]
    [InlineData(2, new[] { "--rest" }, "--rest needs --pain")]
    [InlineData(3, new[] { "--rest", "--pain", "4" }, "pain-rest day is for pain of 6 or more")]
    [InlineData(3, new[] { "--pain", "11", "tibialis-raise=20" }, "from 0 to 10")]
    [InlineData(2, new string[0], "Give at least one entry")]
    [InlineData(2, new[] { "tibialis-raise" }, "is not an entry")]
    [InlineData(3, new[] { "deadlift=5" }, "There is no ladder \"deadlift\"")]
    [InlineData(3, new[] { "tibialis-raise:9=5" }, "has levels 1 to 4")]
    [InlineData(3, new[] { "--note", "bad\u001b[2Jnote", "tibialis-raise=20" }, "cannot contain control characters")]
    public void Malformed_check_ins_write_nothing(int code, string[] args, string message)
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        CliResult result = cli.Run(["log", "--player", "alex", .. args]);
        Assert.Equal(code, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Equal(0, Json.Sessions(cli));
    }

    [Fact]
    public void Unknown_players_are_invalid_data()
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        foreach (string[] args in new[] { new[] { "log", "--player", "nobody", "tibialis-raise=20" }, ["status", "--player", "nobody"], ["quest", "--player", "nobody"], ["history", "--player", "nobody"] })
        {
            CliResult result = cli.Run(args);
            Assert.Equal(3, result.ExitCode);
            Assert.StartsWith("There is no player \"nobody\"", result.Err);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_pain_rest_day_protects_the_streak_and_earns_nothing(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        cli.Run("log", "--player", "alex", "--date", "2026-11-22", "tibialis-raise=20,20");
        CliResult rest = cli.Run("log", "--player", "alex", "--date", "2026-11-23", "--rest", "--pain", "7");
        Assert.Equal(0, rest.ExitCode);
        Assert.Contains("streaks are protected", rest.Out);
        Assert.Contains("clinician", rest.Out);
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        JsonElement status = Json.Parse(cli.Run("status", "--player", "alex", "--json"));
        Assert.Equal(2, status.Int("streak.current"));
        Assert.Equal(20, status.Int("xp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Pain_advice_follows_the_pain_guard(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        CliResult hurt = cli.Run("log", "--player", "alex", "--pain", "7", "tibialis-raise=20,20");
        Assert.Contains("Pain guard: Pain above 5 on Tibialis raise", hurt.Out);
        JsonElement ladder = Json.Parse(cli.Run("status", "--player", "alex", "--json")).Ladder("tibialis-raise");
        Assert.True(ladder.At("coolingDown").GetBoolean());
        Assert.Contains("Pain 4–5 on Calf raise: stay at level 1", cli.Run("log", "--player", "alex", "calf-raise=20,20/5").Out);
    }

    [Fact]
    public void An_invalid_clock_override_is_a_usage_error()
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        cli.Now = "yesterday-ish";
        CliResult result = cli.Run("status", "--player", "alex");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("STRENGTHQUEST_NOW", result.Err);
    }
}
