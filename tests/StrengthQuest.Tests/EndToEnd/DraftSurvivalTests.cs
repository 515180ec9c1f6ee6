using StrengthQuest.TestSupport;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>
/// Nothing lost mid check-in, in a real terminal: two exercises done, then the game is killed
/// (SIGKILL), hung up on (SIGHUP) or its SSH client dies; each time the next launch offers the
/// draft, and saving it gives exactly the sets typed.
/// </summary>
public class DraftSurvivalTests
{
    private const string Now = "2026-11-24T15:00:00Z";

    /// <summary>What the two exercises leave in the database once saved.</summary>
    private const string Typed = "backward-walk:1=18/2 tibialis-raise:1=12,15@2.5/1";

    private static string Command(TempFolder folder) =>
        $"env -i PATH=/usr/bin:/bin HOME={folder.Path} TERM=screen STRENGTHQUEST_DB={folder.File("sq.db")} STRENGTHQUEST_NOW={Now} {Support.Cli.Binary}";

    private static void AddAlex(string database)
    {
        using Support.Cli cli = new(Now);
        cli.Database = database;
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin").ExitCode);
    }

    /// <summary>The warm-up (18 m, pain 2) and tibialis raises (12 and 15 at 2.5 kg, pain 1); stops on the third exercise.</summary>
    private static void TwoExercises(Tmux tmux)
    {
        tmux.WaitFor("Today's quest");
        tmux.Send("c", literal: true);
        tmux.WaitFor("Exercise 1 of");
        foreach ((string typed, string then) in new[]
        {
            ("18", "0–10 >"), ("2", "Exercise 2 of"), ("12", "Sets done: 12"), ("15@2.5", "0–10 >"), ("1", "Exercise 3 of"),
        })
        {
            tmux.Send(typed, literal: true);
            tmux.WaitFor($"> {typed}_");
            tmux.Send("Enter");
            tmux.WaitFor(then);
        }
    }

    private static string Saved(string database) => string.Join(
        " ",
        Sqlite.Column(database, "SELECT e.ladder || ':' || e.level || '=' || e.sets || '/' || e.pain FROM entries e ORDER BY e.session_id, e.position"));

    /// <summary>The next launch offers the draft; Enter takes it up and f saves exactly what was typed.</summary>
    private static void ResumeAndSave(Tmux tmux, string database)
    {
        tmux.WaitFor("Resume your check-in from 16:00 — 2 exercises done");
        tmux.Send("Enter");
        tmux.WaitFor("Exercise 3 of");
        tmux.Send("f", literal: true);
        tmux.WaitFor("Check-in saved");
        Assert.Equal(Typed, Saved(database));
        Assert.Equal(0L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM drafts"));
        Assert.Equal("ok", Sqlite.Scalar<string>(database, "PRAGMA integrity_check"));
    }

    [TmuxTheory]
    [InlineData("KILL")]
    [InlineData("HUP")]
    public void A_killed_or_hung_up_game_loses_no_set(string signal)
    {
        using TempFolder folder = new();
        string database = folder.File("sq.db");
        AddAlex(database);
        using (Tmux first = new(Command(folder)))
        {
            TwoExercises(first);
            Shell.Must("kill", $"-{signal}", first.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            first.WaitUntil(_ => first.PaneDead, "the game to end");
        }

        Assert.Equal(0L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));
        using Tmux next = new(Command(folder));
        ResumeAndSave(next, database);
    }

    [SshdFact]
    public void A_dropped_ssh_connection_loses_no_set_and_corrections_work_for_the_keys_own_player_only()
    {
        using PrivateSshd sshd = new(Now);
        string account = sshd.AddUser("sqd");
        string data = $"/home/{account}/.local/share/strengthquest";
        Directory.CreateDirectory(data);
        string database = Path.Combine(data, "strengthquest.db");
        string Admin(params string[] args) => Shell.Must("sh", ["-c", "umask 007; exec \"$0\" \"$@\"", sshd.Binary, "--db", database, .. args]);
        Admin("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        Admin("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        Admin("couple", "link", "alex", "sam");
        Shell.Must("chown", "-R", $"{account}:{account}", $"/home/{account}/.local");
        string alexKey = sshd.NewKey("alex");
        string samKey = sshd.NewKey("sam");
        sshd.Authorize(account, [
            Admin("ssh-key-line", "--player", "alex", alexKey + ".pub").Trim(),
            Admin("ssh-key-line", "--player", "sam", samKey + ".pub").Trim(),
        ]);
        sshd.Start();

        using (Tmux dropped = new(string.Join(' ', sshd.Ssh(alexKey, account, terminal: true))))
        {
            TwoExercises(dropped);
            Shell.Must("kill", "-KILL", dropped.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            dropped.WaitUntil(_ => dropped.PaneDead, "the ssh client to die");
        }

        Poll.Until(() => Shell.Run("pgrep", "-u", account, "^strengthquest").Out.Trim().Length == 0, () => "the game behind the dropped connection did not end");
        using (Tmux again = new(string.Join(' ', sshd.Ssh(alexKey, account, terminal: true))))
        {
            ResumeAndSave(again, database);
        }

        // Corrections over ssh: the key's own player's sessions only.
        string mine = Sqlite.Scalar<string>(database, "SELECT uid FROM sessions");
        (int code, string output, string error) = sshd.Run(alexKey, account, "session", "edit", mine, "tibialis-raise=20,20");
        Assert.True(code == 0, error + output);
        Assert.Contains("Changed the check-in of today", output);
        (int refused, _, string why) = sshd.Run(samKey, account, "session", "delete", mine);
        Assert.Equal(3, refused);
        Assert.Contains("sam has no session", why);
        (int undone, string undoOut, _) = sshd.Run(alexKey, account, "undo");
        Assert.Equal(0, undone);
        Assert.Contains("Deleted the check-in of today", undoOut);
        Assert.Equal(0L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));
    }

    [TmuxFact]
    public void In_a_real_terminal_the_quit_keys_ask_first_on_help_and_on_the_too_small_notice()
    {
        using TempFolder folder = new();
        string database = folder.File("sq.db");
        AddAlex(database);
        using Tmux tmux = new(Command(folder));
        TwoExercises(tmux);

        tmux.Send("?", literal: true);
        tmux.WaitFor("Help — every key");
        tmux.Send("q", literal: true);
        tmux.WaitFor("Quit with your check-in in progress?");
        tmux.Send("n", literal: true);
        tmux.WaitUntil(s => !s.Contains("Quit with your check-in", StringComparison.Ordinal), "the question to close");
        Assert.False(tmux.PaneDead);

        tmux.Resize(60, 20);
        tmux.WaitFor("make it larger");
        tmux.Send("C-c");
        tmux.WaitFor("Quit now? y quits");
        tmux.Send("Escape");
        tmux.WaitFor("(q quits)");
        tmux.Resize(80, 24);
        tmux.WaitFor("Help — every key");

        tmux.Send("C-q");
        tmux.WaitFor("Quit with your check-in in progress?");
        tmux.Send("y", literal: true);
        tmux.WaitUntil(_ => tmux.PaneDead, "the game to end on y");
        Assert.Equal(1L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM drafts"));
    }
}
