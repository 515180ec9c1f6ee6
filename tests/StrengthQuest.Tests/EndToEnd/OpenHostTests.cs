using StrengthQuest.TestSupport;
using System.Text.Json;
using System.Text.RegularExpressions;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>
/// A host where any key signs up, set up exactly as host-setup prints it — its shell commands run,
/// its Match block in sshd_config — behind a real OpenSSH server on 127.0.0.1.
/// </summary>
public class OpenHostTests
{
    private const string Now = "2026-11-24T15:00:00Z";

    private sealed record Host(PrivateSshd Sshd, string Binary, string User, string KeysUser, string Database)
    {
        public (int Code, string Out, string Err) Run(string key, params string[] words) => Sshd.Run(key, User, words);

        public Tmux Game(string key) => new(string.Join(' ', Sshd.Ssh(key, User, terminal: true)));

        /// <summary>The key command as sshd runs it: as the keys account, with sshd's tokens.</summary>
        public (int Code, string Out, string Err) KeyCommand(params string[] tokens) =>
            Shell.Run("setpriv", ["--reuid", KeysUser, "--regid", KeysUser, "--clear-groups", Binary, "ssh-authorized-keys", .. tokens, "--db", Database]);
    }

    /// <param name="database">The game's database: a file under /var/lib by default, or a PostgreSQL address.</param>
    private static Host SetUp(PrivateSshd sshd, int maxPlayers, string? database = null)
    {
        string binary = sshd.InstallForKeyCommand();
        string user = $"sqo{sshd.Id}";
        string keysUser = $"sqk{sshd.Id}";
        database ??= $"/var/lib/sq-e2e-{sshd.Id}/strengthquest.db";
        string setup = Shell.Must(binary, "host-setup", "--user", user, "--keys-user", keysUser, "--db", database, "--max-players", maxPlayers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sshd.Track(user);
        sshd.Track(keysUser);
        if (!TestSupport.PostgresCluster.IsAddress(database))
        {
            sshd.TrackFolder(Path.GetDirectoryName(database)!);
        }

        string[] lines = setup.Split('\n');
        int match = Array.FindIndex(lines, l => l.StartsWith("Match User ", StringComparison.Ordinal));
        string commands = string.Join('\n', lines[..match].Where(l => l.Length > 0 && !l.StartsWith('#')));
        Shell.Must("sh", "-e", "-c", commands);
        string block = string.Join('\n', lines[match..].TakeWhile(l => !l.StartsWith('#')));
        Assert.Contains("AuthorizedKeysFile none", block);
        Assert.Contains($"AuthorizedKeysCommand {binary} ssh-authorized-keys %u %t %k --db {database} --max-players {maxPlayers}", block);
        sshd.Start(block);
        return new Host(sshd, binary, user, keysUser, database);
    }

    /// <summary>Signs a new key up in the game: n, then handle, name, the zone and plan as offered, and maybe an invite code.</summary>
    private static void SignUp(Tmux game, string handle, string name, string? invite = null)
    {
        game.WaitFor("This key is new here");
        game.Send("n", literal: true);
        game.WaitFor("Sign up — a new player");
        game.Send(handle, literal: true);
        game.Send("Enter");
        game.Send(name, literal: true);
        game.Send("Enter");
        game.Send("Enter");
        game.Send("Enter");
        if (invite is not null)
        {
            game.Send(invite, literal: true);
        }

        game.Send("Enter");
        game.WaitFor("Welcome!");
    }

    private static string CodeIn(string output) => Regex.Match(output, "[A-Z2-9]{4}-[A-Z2-9]{4}").Value;

    [SshdFact]
    public void Keys_sign_up_add_devices_pair_by_invite_join_the_board_and_the_host_fills_up()
    {
        using PrivateSshd sshd = new(Now);
        Host host = SetUp(sshd, maxPlayers: 2);
        string alexKey = sshd.NewKey("alex");
        string laptopKey = sshd.NewKey("alex-laptop");
        string samKey = sshd.NewKey("sam");
        string strangerKey = sshd.NewKey("stranger");

        // A command from a key new here says how to sign up, and writes nothing.
        (int code, string output, string error) = host.Run(alexKey, "status");
        Assert.True(code == 3, $"{code}: {output}{error}\n{sshd.Log}");
        Assert.Contains("sign up in the game with ssh -t", error);

        // A new key signs up in the game and plays.
        using (Tmux alex = host.Game(alexKey))
        {
            SignUp(alex, "alex", "Alex");
            alex.Send("q", literal: true);
            Poll.Until(() => alex.PaneDead, () => "the game did not end on q");
        }

        JsonElement status = JsonDocument.Parse(host.Run(alexKey, "status", "--json").Out).RootElement;
        Assert.Equal("alex", status.GetProperty("player").GetString());
        Assert.Equal(0, host.Run(alexKey, "log", "tibialis-raise=20,20").Code);

        // A second key of the same player joins with a device code.
        string device = CodeIn(host.Run(alexKey, "keys", "code").Out);
        using (Tmux laptop = host.Game(laptopKey))
        {
            laptop.WaitFor("This key is new here");
            laptop.Send("a", literal: true);
            laptop.WaitFor("Device code");
            laptop.Send(device, literal: true);
            laptop.Send("Enter");
            laptop.WaitFor("This key now plays as Alex (alex).");
        }

        Assert.Equal("alex", JsonDocument.Parse(host.Run(laptopKey, "status", "--json").Out).RootElement.GetProperty("player").GetString());
        Assert.Equal(2, host.Run(alexKey, "keys").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // A new player signs up with Alex's invite code: the two are a couple.
        string invite = CodeIn(host.Run(laptopKey, "invite").Out);
        using (Tmux sam = host.Game(samKey))
        {
            SignUp(sam, "sam", "Sam", invite);
            sam.WaitFor("Co-op with Alex");
        }

        Assert.Equal("sam", JsonDocument.Parse(host.Run(alexKey, "status", "--json").Out).RootElement.GetProperty("coop").GetProperty("partner").GetString());

        // A third key can act as neither, and the host (at most 2 players) is full for it.
        (int strangerCode, _, string strangerError) = host.Run(strangerKey, "status");
        Assert.Equal(3, strangerCode);
        Assert.Contains("sign up", strangerError);
        Assert.Equal(2, host.Run(strangerKey, "log", "--player", "alex", "calf-raise=20").Code);
        using (Tmux stranger = host.Game(strangerKey))
        {
            stranger.WaitFor("Sign-ups are closed: this host takes 2 players at most; ask its operator.");
            stranger.Send("n", literal: true);
            stranger.WaitFor("Sign-ups are closed");
            Assert.DoesNotContain("Sign up — a new player", stranger.Capture());
        }

        Assert.Equal(2L, Sqlite.Scalar<long>(host.Database, "SELECT count(*) FROM players"));
        Assert.Equal(1L, Sqlite.Scalar<long>(host.Database, "SELECT count(*) FROM sessions"));

        // The board: opt-in by both.
        Assert.Equal(0, host.Run(alexKey, "board", "join").Code);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(host.Run(samKey, "status", "--json").Out).RootElement.GetProperty("board").ValueKind);
        Assert.Equal(0, host.Run(samKey, "board", "join").Code);
        JsonElement board = JsonDocument.Parse(host.Run(samKey, "status", "--json").Out).RootElement.GetProperty("board");
        Assert.Equal(1, board.GetProperty("rank").GetInt32());
        Assert.Contains("Alex & Sam", host.Run(samKey, "board").Out);
    }

    [SshdOnPostgresFact]
    public void A_host_on_postgres_signs_keys_up_pairs_them_by_invite_and_shows_a_check_in_live()
    {
        using PrivateSshd sshd = new(Now);
        Host host = SetUp(sshd, maxPlayers: 10, database: TestSupport.PostgresCluster.NewDatabase());
        string alexKey = sshd.NewKey("alex");
        string samKey = sshd.NewKey("sam");

        Assert.Equal(3, host.Run(alexKey, "status").Code);
        using Tmux alex = host.Game(alexKey);
        SignUp(alex, "alex", "Alex");
        string invite = CodeIn(host.Run(alexKey, "invite").Out);
        using (Tmux sam = host.Game(samKey))
        {
            SignUp(sam, "sam", "Sam", invite);
            sam.WaitFor("Co-op with Alex");
        }

        // Sam checks in through another connection; Alex's open game shows it (woken by NOTIFY).
        (int code, string output, string error) = host.Run(samKey, "log", "calf-raise=20,20");
        Assert.True(code == 0, $"{code}: {output}{error}");
        alex.WaitFor("Sam trained");
        Assert.Equal(1L, Sqlite.Scalar<long>(host.Database, "SELECT count(*) FROM sessions"));
        Assert.Equal("sam", JsonDocument.Parse(host.Run(alexKey, "status", "--json").Out).RootElement.GetProperty("coop").GetProperty("partner").GetString());
    }

    [SshdFact]
    public void The_key_command_prints_nothing_for_shell_metacharacters_or_a_malformed_key()
    {
        using PrivateSshd sshd = new(Now);
        Host host = SetUp(sshd, maxPlayers: 10);
        string[] pub = File.ReadAllText(sshd.NewKey("alex") + ".pub").Trim().Split(' ');

        (int ok, string line, _) = host.KeyCommand(host.User, pub[0], pub[1]);
        Assert.Equal(0, ok);
        Assert.StartsWith("restrict,pty,command=\"umask 007; exec ", line);
        Assert.EndsWith($" {pub[0]} {pub[1]}\n", line);

        string marker = Path.Combine(sshd.Root, "owned");
        foreach (string[] tokens in new[]
        {
            new[] { host.User, pub[0], pub[1] + $";touch {marker}" },
            new[] { host.User, pub[0], $"$(touch {marker})" },
            new[] { host.User, $"{pub[0]}`touch {marker}`", pub[1] },
            new[] { host.User, "ssh-rsa", pub[1] },
            new[] { host.User, pub[0], pub[1][..^4] },
            new[] { "root", pub[0], pub[1] },
            new[] { host.User, pub[0] },
        })
        {
            (int code, string output, _) = host.KeyCommand(tokens);
            Assert.NotEqual(0, code);
            Assert.Equal("", output);
        }

        Assert.False(File.Exists(marker));
    }
}
