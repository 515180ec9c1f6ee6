using StrengthQuest.TestSupport;
using System.Text.Json;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>
/// Partners playing over a real OpenSSH server on 127.0.0.1, in both documented deployments:
/// (a) one service account holding both keys; (b) two Unix users sharing the database through a group.
/// </summary>
public class SshTests
{
    private const string Now = "2026-11-24T15:00:00Z";

    /// <summary>Runs the game's own admin commands as root, with a private umask like the forced commands.</summary>
    private static string Admin(PrivateSshd sshd, string database, params string[] args) =>
        Shell.Must("sh", ["-c", "umask 007; exec \"$0\" \"$@\"", sshd.Binary, "--db", database, .. args]);

    private static void Players(PrivateSshd sshd, string database)
    {
        Admin(sshd, database, "player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        Admin(sshd, database, "player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        Admin(sshd, database, "couple", "link", "alex", "sam");
    }

    private static string KeyLine(PrivateSshd sshd, string database, string player, string key) =>
        Admin(sshd, database, "ssh-key-line", "--player", player, key + ".pub").Trim();

    private static Tmux Game(PrivateSshd sshd, string key, string user) =>
        new(string.Join(' ', sshd.Ssh(key, user, terminal: true)));

    /// <summary>A quick check-in from the dashboard: the first set of the first exercise, then save.</summary>
    private static void CheckIn(Tmux tmux)
    {
        tmux.Send("c", literal: true);
        tmux.WaitFor("Exercise 1 of");
        tmux.Send("Enter");
        tmux.WaitFor("Sets done:");
        tmux.Send("f", literal: true);
        tmux.WaitFor("Check-in saved");
        tmux.Send("Enter");
        tmux.WaitFor("checked in today ✓");
    }

    private static int GamesRunningAs(string user) =>
        Shell.Run("pgrep", "-u", user, "^strengthquest").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [SshdFact]
    public void One_service_account_two_keys_live_couple_play_and_refusals()
    {
        using PrivateSshd sshd = new(Now);
        string account = sshd.AddUser("sqs");
        string data = $"/home/{account}/.local/share/strengthquest";
        Directory.CreateDirectory(data);
        string database = Path.Combine(data, "strengthquest.db");
        Players(sshd, database);
        Shell.Must("chown", "-R", $"{account}:{account}", $"/home/{account}/.local");
        string alexKey = sshd.NewKey("alex");
        string samKey = sshd.NewKey("sam");
        sshd.Authorize(account, [KeyLine(sshd, database, "alex", alexKey), KeyLine(sshd, database, "sam", samKey)]);
        sshd.Start();

        // A command over ssh acts for the key's owner; status --json is theirs.
        (int code, string output, string error) = sshd.Run(alexKey, account, "status", "--json");
        Assert.True(code == 0, error + sshd.Log);
        Assert.Equal("alex", JsonDocument.Parse(output).RootElement.GetProperty("player").GetString());

        // Nothing the client sends can act as someone else or elsewhere.
        (int refused, _, string why) = sshd.Run(samKey, account, "log", "--player", "alex", "tibialis-raise=20,20");
        Assert.NotEqual(0, refused);
        Assert.StartsWith("Refused", why.Trim());
        (int elsewhere, _, _) = sshd.Run(alexKey, account, "status", "--db", "/tmp/elsewhere.db");
        Assert.NotEqual(0, elsewhere);
        Assert.False(File.Exists("/tmp/elsewhere.db"));
        Assert.Equal(0L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));

        // Both partners in the game at once; each sees the other's check-in live.
        using Tmux alex = Game(sshd, alexKey, account);
        using Tmux sam = Game(sshd, samKey, account);
        alex.WaitFor("Today's quest");
        sam.WaitFor("Today's quest");
        sam.WaitFor("Alex is playing now");
        CheckIn(alex);
        sam.WaitFor("Alex trained");
        CheckIn(sam);
        alex.WaitFor("Sam trained");
        alex.WaitFor("Co-op with Sam: 1 day");
        sam.WaitFor("Co-op with Alex: 1 day");
        Assert.Equal(2L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));

        // A dropped connection ends that session's game, leaving no orphan behind.
        Assert.Equal(2, GamesRunningAs(account));
        sam.Dispose();
        Poll.Until(() => GamesRunningAs(account) == 1, () => "the dropped session's game did not end");
        alex.Send("q", literal: true);
        Poll.Until(() => GamesRunningAs(account) == 0, () => "the game did not end on q");
        Assert.Equal("ok", Sqlite.Scalar<string>(database, "PRAGMA integrity_check"));
    }

    [SshdFact]
    public void A_database_path_full_of_shell_metacharacters_gives_a_key_line_sshd_runs_as_meant()
    {
        using PrivateSshd sshd = new(Now);
        string account = sshd.AddUser("sqm");
        string data = Path.Combine($"/home/{account}", "it's \"odd\" $HOME `id` \\ ;&|<>*? (x)");
        Directory.CreateDirectory(data);
        string database = Path.Combine(data, "sq'db\\\".db");
        Players(sshd, database);
        Shell.Must("chown", "-R", $"{account}:{account}", data);
        string alexKey = sshd.NewKey("alex");
        sshd.Authorize(account, [KeyLine(sshd, database, "alex", alexKey)]);
        sshd.Start();

        (int code, string output, string error) = sshd.Run(alexKey, account, "log", "tibialis-raise=20,20");
        Assert.True(code == 0, $"{code}: {error}{output}{sshd.Log}");
        (code, output, error) = sshd.Run(alexKey, account, "status", "--json");
        Assert.True(code == 0, error);
        Assert.Equal("alex", JsonDocument.Parse(output).RootElement.GetProperty("player").GetString());
        Assert.Equal(1L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));
        Assert.Equal([database], Directory.GetFiles(data).Where(f => f.EndsWith(".db", StringComparison.Ordinal)));
    }

    [SshdFact]
    public void Two_unix_users_share_the_database_through_a_group_and_many_writers_lose_nothing()
    {
        using PrivateSshd sshd = new(Now);
        string group = sshd.AddGroup("sqp");
        string alexUser = sshd.AddUser("sqa", group);
        string samUser = sshd.AddUser("sqb", group);
        string shared = Path.Combine(sshd.Root, "shared");
        Directory.CreateDirectory(shared);
        Shell.Must("chgrp", group, shared);
        Shell.Must("chmod", "2770", shared);
        string database = Path.Combine(shared, "strengthquest.db");
        Players(sshd, database);
        string alexKey = sshd.NewKey("alex");
        string samKey = sshd.NewKey("sam");
        sshd.Authorize(alexUser, [KeyLine(sshd, database, "alex", alexKey)]);
        sshd.Authorize(samUser, [KeyLine(sshd, database, "sam", samKey)]);
        sshd.Start();

        // Alex keeps the game open (so the -wal and -shm files stay), while both log at the same moment.
        using Tmux alex = Game(sshd, alexKey, alexUser);
        alex.WaitFor("Today's quest");
        List<Task<(int Code, string Out, string Err)>> writers = [];
        for (int i = 0; i < 3; i++)
        {
            writers.Add(Task.Run(() => sshd.Run(alexKey, alexUser, "log", "--note", "alex", "tibialis-raise=20,20")));
            writers.Add(Task.Run(() => sshd.Run(samKey, samUser, "log", "--note", "sam", "calf-raise=20,20")));
        }

        foreach ((int code, string output, string error) in Task.WhenAll(writers).Result)
        {
            Assert.True(code == 0, $"{code}: {error}{output}");
        }

        Assert.Equal(6L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions"));
        Assert.Equal(3L, Sqlite.Scalar<long>(database, "SELECT count(*) FROM sessions WHERE note = 'sam'"));
        alex.WaitFor("Sam trained");

        foreach (string file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            UnixFileMode mode = File.GetUnixFileMode(file);
            Assert.True(mode.HasFlag(UnixFileMode.GroupRead) && mode.HasFlag(UnixFileMode.GroupWrite), $"{file} is {mode}");
            Assert.False(mode.HasFlag(UnixFileMode.OtherRead), $"{file} is world-readable");
            Assert.Equal(group, Shell.Must("stat", "-c", "%G", file).Trim());
        }
    }
}
