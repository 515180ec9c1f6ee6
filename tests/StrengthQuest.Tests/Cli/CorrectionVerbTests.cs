using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary><c>session edit</c>, <c>session delete</c> and <c>undo</c>: inside the backfill window only, each saying what changed.</summary>
public class CorrectionVerbTests
{
    private static Support.Cli Couple(string now = "2026-11-24T10:00:00Z", Engine engine = Engine.Sqlite) => Support.Cli.Couple(now, engine: engine);

    private static Support.Cli Couple(Engine engine) => Couple(engine: engine, now: "2026-11-24T10:00:00Z");

    /// <summary>Logs and returns the new session's uid, from log --json.</summary>
    private static string Log(Support.Cli cli, string player, params string[] args)
    {
        JsonElement logged = Json.Parse(cli.Run(["log", "--player", player, "--json", .. args]));
        string uid = logged.Str("session")!;
        Assert.Matches("^[0-9a-f]{32}$", uid);
        return uid;
    }

    private static string Sets(Support.Cli cli, string uid) =>
        string.Join(" ", Sqlite.Column(cli.Database, $"SELECT e.ladder || '=' || e.sets || '/' || e.pain FROM entries e JOIN sessions s ON s.id = e.session_id WHERE s.uid = '{uid}' ORDER BY e.position"));

    [Theory, OnSqlite, OnPostgres]
    public void A_typo_is_fixed_in_place_and_the_xp_follows(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        string uid = Log(cli, "alex", "tibialis-raise=200,20");
        string recordedAt = Sqlite.Scalar<string>(cli.Database, $"SELECT recorded_at FROM sessions WHERE uid = '{uid}'");

        CliResult edited = cli.Run("session", "edit", uid, "--player", "alex", "tibialis-raise=20,20/2", "calf-raise=20,20", "--note", "fixed");

        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("Changed the check-in of today: now 2 exercises.", edited.Out);
        Assert.Contains("XP: 10 → 20 (+10) · level 1.", edited.Out);
        Assert.Contains("Streak: 1 day, unchanged", edited.Out);
        Assert.Equal("tibialis-raise=20,20/2 calf-raise=20,20/0", Sets(cli, uid));
        Assert.Equal(recordedAt, Sqlite.Scalar<string>(cli.Database, $"SELECT recorded_at FROM sessions WHERE uid = '{uid}'"));
        Assert.Equal("fixed", Sqlite.Scalar<string>(cli.Database, $"SELECT note FROM sessions WHERE uid = '{uid}'"));
        Assert.Equal(20, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("xp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Deleting_the_session_that_unlocked_a_level_locks_it_again(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        Log(cli, "alex", "--date", "2026-11-22", "tibialis-raise=20,20");
        Log(cli, "alex", "--date", "2026-11-23", "tibialis-raise=20,20");
        string third = Log(cli, "alex", "tibialis-raise=20,20");
        Assert.Equal(2, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Ladder("tibialis-raise").Int("unlocked"));

        // Recorded within seconds of one fixed instant, the uids share their time-ordered start: a short
        // prefix is ambiguous. (Four hex digits span ~50 days; ten spanned only ~0.25 s, and a slow run
        // of the three processes could cross into the next.)
        CliResult ambiguous = cli.Run("session", "delete", third[..4], "--player", "alex");
        Assert.Equal(3, ambiguous.ExitCode);
        Assert.Contains("More than one of alex's sessions starts with", ambiguous.Err);
        JsonElement deleted = Json.Parse(cli.Run("session", "delete", third[..24], "--player", "alex", "--json"));

        Assert.Equal("deleted", deleted.Str("action"));
        Assert.Equal(third, deleted.Str("session"));
        Assert.Equal(["tibialis-raise:2"], deleted.GetProperty("relocked").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, deleted.Int("streakBefore.current"));
        Assert.Equal(2, deleted.Int("streak.current"));
        Assert.True(deleted.GetProperty("xpChange").GetInt64() < 0);
        Assert.Equal(1, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Ladder("tibialis-raise").Int("unlocked"));
        Assert.Equal(2, Json.Sessions(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Undo_deletes_the_most_recent_session_and_the_partners_co_op_follows(Engine engine)
    {
        using Support.Cli cli = Couple("2026-11-24T15:00:00Z", engine);
        Log(cli, "sam", "calf-raise=20,20");
        string first = Log(cli, "alex", "tibialis-raise=20,20");
        Assert.Equal(1, Json.Parse(cli.Run("status", "--player", "sam", "--json")).Int("coop.current"));
        cli.Now = "2026-11-24T15:05:00Z";
        string second = Log(cli, "alex", "--date", "2026-11-23", "calf-raise=20,20");

        CliResult undone = cli.Run("undo", "--player", "alex");
        Assert.True(undone.ExitCode == 0, undone.ToString());
        Assert.Contains("Deleted the check-in of yesterday (1 exercise).", undone.Out);
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, $"SELECT count(*) FROM sessions WHERE uid = '{second}'"));

        JsonElement again = Json.Parse(cli.Run("undo", "--player", "alex", "--json"));
        Assert.Equal(first, again.Str("session"));
        Assert.Equal(1, again.Int("coopBefore"));
        Assert.Equal(0, again.Int("coop"));
        Assert.Equal(0, Json.Parse(cli.Run("status", "--player", "sam", "--json")).Int("coop.current"));

        CliResult nothing = cli.Run("undo", "--player", "alex");
        Assert.Equal(3, nothing.ExitCode);
        Assert.Equal("alex has no session to undo.", nothing.Err.Trim());
    }

    [Theory, OnSqlite, OnPostgres]
    public void Outside_the_window_each_correction_is_one_sentence_exit_3_and_nothing_changes(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        string uid = Log(cli, "alex", "--date", "2026-11-21", "tibialis-raise=20,20");
        cli.Now = "2026-11-25T10:00:00Z";
        string before = cli.Run("export").Out;

        foreach (string[] args in new[]
        {
            new[] { "session", "edit", uid, "--player", "alex", "tibialis-raise=25,25" },
            ["session", "delete", uid, "--player", "alex"],
            ["undo", "--player", "alex"],
        })
        {
            CliResult refused = cli.Run(args);
            Assert.Equal(3, refused.ExitCode);
            string line = Assert.Single(refused.Err.Trim().Split('\n'));
            Assert.Equal("The session of 2026-11-21 is settled: sessions can be changed or deleted only while their game day is in the backfill window, 2026-11-22 to 2026-11-25.", line);
            Assert.Empty(refused.Out);
        }

        Assert.Equal(before, cli.Run("export").Out);
    }

    [Theory]
    [InlineData(2, "session", "edit", "UID", "--player", "alex")]
    [InlineData(2, "session", "edit", "UID", "--player", "alex", "tibialis-raise=twenty")]
    [InlineData(3, "session", "edit", "UID", "--player", "alex", "tibialis-raise:9=20")]
    [InlineData(3, "session", "edit", "UID", "--player", "alex", "no-such-ladder=20")]
    [InlineData(3, "session", "edit", "UID", "--player", "alex", "tibialis-raise=20", "--note", "a\u001b[2Jb")]
    [InlineData(3, "session", "edit", "UID", "--player", "alex", "--rest", "--pain", "2")]
    [InlineData(3, "session", "edit", "UID", "--player", "nobody", "tibialis-raise=20")]
    [InlineData(3, "session", "delete", "UID", "--player", "sam")]
    [InlineData(3, "session", "delete", "ffff", "--player", "alex")]
    [InlineData(2, "session", "delete", "", "--player", "alex")]
    [InlineData(2, "session", "delete", "--player", "alex")]
    [InlineData(2, "session", "--player", "alex")]
    public void Bad_corrections_are_refused_with_one_sentence_and_write_nothing(int code, params string[] args)
    {
        using Support.Cli cli = Couple();
        string uid = Log(cli, "alex", "tibialis-raise=20,20");
        string before = cli.Run("export").Out;

        CliResult refused = cli.Run([.. args.Select(a => a == "UID" ? uid : a)]);

        Assert.True(code == refused.ExitCode, refused.ToString());
        Assert.Single(refused.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", refused.Err);
        Assert.DoesNotContain("\u001b", refused.Err, StringComparison.Ordinal);
        Assert.Equal(before, cli.Run("export").Out);
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_pain_rest_day_can_be_corrected_to_what_was_really_done(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        string uid = Log(cli, "alex", "--rest", "--pain", "7");
        CliResult harder = cli.Run("session", "edit", uid, "--player", "alex", "--rest", "--pain", "8");
        Assert.True(harder.ExitCode == 0, harder.ToString());
        Assert.Equal(8L, Sqlite.Scalar<long>(cli.Database, $"SELECT rest_pain FROM sessions WHERE uid = '{uid}'"));

        CliResult trained = cli.Run("session", "edit", uid, "--player", "alex", "tibialis-raise=20,20");
        Assert.Contains("Changed the pain-rest day of today: now 1 exercise.", trained.Out);
        Assert.Equal(1, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("streak.current"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void History_text_names_each_session_uid_so_it_can_be_corrected(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        string uid = Log(cli, "alex", "tibialis-raise=20,20");
        Assert.Contains($"session {uid}", cli.Run("history", "--player", "alex").Out);
    }
}
