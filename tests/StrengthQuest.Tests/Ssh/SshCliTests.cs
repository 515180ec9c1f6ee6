using System.Text.Json;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Ssh;

/// <summary>The real binary run the way sshd runs a forced command: trusted arguments, the client's words in SSH_ORIGINAL_COMMAND.</summary>
public class SshCliTests
{
    private static Support.Cli Couple()
    {
        Support.Cli cli = new("2026-11-24T15:00:00Z");
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        cli.Run("couple", "link", "alex", "sam");
        return cli;
    }

    private static CliResult Ssh(Support.Cli cli, string player, string original)
    {
        cli.Environment["SSH_ORIGINAL_COMMAND"] = original;
        try
        {
            return cli.Run("--db", cli.Database, "--player", player);
        }
        finally
        {
            cli.Environment.Remove("SSH_ORIGINAL_COMMAND");
        }
    }

    [Fact]
    public void A_check_in_over_ssh_is_the_keys_player_and_status_json_is_theirs()
    {
        using Support.Cli cli = Couple();
        CliResult logged = Ssh(cli, "alex", "log tibialis-raise=20,20");
        Assert.Equal(0, logged.ExitCode);
        Assert.Contains("+10 XP", logged.Out);

        JsonElement status = Json.Parse(Ssh(cli, "alex", "status --json"));
        Assert.Equal("alex", status.Str("player"));
        Assert.Equal(10, status.Int("xp"));
        Assert.Equal(0, Json.Parse(cli.Run("status", "--player", "sam", "--json")).Int("xp"));
    }

    [Fact]
    public void An_option_joined_to_its_value_with_a_colon_cannot_pick_another_database()
    {
        // A forced command may leave the database to STRENGTHQUEST_DB; --db:PATH must not override it.
        using Support.Cli cli = Couple();
        string elsewhere = Path.Combine(cli.Folder, "elsewhere.db");
        File.Copy(cli.Database, elsewhere);
        string before = Sqlite.Hash(elsewhere);
        cli.Environment["SSH_ORIGINAL_COMMAND"] = $"log --db:{elsewhere} tibialis-raise=20,20";
        CliResult refused = cli.Run("--player", "alex");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("Refused", refused.Err);
        Assert.Equal(before, Sqlite.Hash(elsewhere));
    }

    [Theory]
    [InlineData("log --player sam tibialis-raise=20,20")]
    [InlineData("log --db /tmp/elsewhere.db tibialis-raise=20,20")]
    [InlineData("log --db:/tmp/elsewhere.db tibialis-raise=20,20")]
    [InlineData("log --player:sam tibialis-raise=20,20")]
    [InlineData("quest --catalog:/etc/passwd")]
    [InlineData("import /tmp/all.json")]
    [InlineData("player add eve --name Eve")]
    public void Acting_for_someone_else_is_refused_and_writes_nothing(string original)
    {
        using Support.Cli cli = Couple();
        string before = cli.Run("export").Out;
        CliResult refused = Ssh(cli, "alex", original);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("Refused", refused.Err);
        Assert.Single(refused.Err.Trim().Split('\n'));
        Assert.Equal(before, cli.Run("export").Out);
        Assert.False(File.Exists("/tmp/elsewhere.db"));
    }

    [Fact]
    public void Nudges_reach_the_partner_and_status_short_says_so()
    {
        using Support.Cli cli = Couple();
        Assert.Equal("No co-op streak yet — neither of you has trained today", Ssh(cli, "alex", "status --short").Out.Trim());
        CliResult nudged = Ssh(cli, "sam", "nudge");
        Assert.Equal(0, nudged.ExitCode);
        Assert.Contains("Nudged Alex", nudged.Out);
        Assert.Equal("No co-op streak yet — neither of you has trained today · Sam nudged you", Ssh(cli, "alex", "status --short").Out.Trim());
        Assert.Equal(3, Ssh(cli, "sam", "nudge").ExitCode);

        Ssh(cli, "sam", "log calf-raise=20,20");
        Assert.Equal("No co-op streak yet — Sam trained today, you haven't yet · Sam nudged you", Ssh(cli, "alex", "status --short").Out.Trim());
        Ssh(cli, "alex", "log calf-raise=20,20");
        Assert.Equal("🔥 1-day co-op streak — you both trained today", Ssh(cli, "alex", "status --short").Out.Trim());
    }

    [Fact]
    public void The_weekly_recap_over_ssh_is_the_keys_own()
    {
        using Support.Cli cli = Couple();
        Assert.Equal(0, Ssh(cli, "alex", "log tibialis-raise=20,20").ExitCode);
        JsonElement recap = Json.Parse(Ssh(cli, "sam", "recap --week 2026-W48 --json"));
        Assert.Equal("sam", recap.Str("player"));
        Assert.Equal(10, recap.GetProperty("partner").Int("xp"));
        Assert.Equal(2, Ssh(cli, "sam", "recap --player alex").ExitCode);
    }

    [Fact]
    public void The_quest_over_ssh_ends_with_the_ssh_command_that_logs_it()
    {
        using Support.Cli cli = Couple();
        cli.Environment["USER"] = "sq";
        cli.Environment["SSH_CONNECTION"] = "10.0.0.9 50000 10.0.0.1 2222";
        string line = Ssh(cli, "alex", "quest").Out.Trim().Split('\n')[^1];

        Assert.StartsWith($"Log it with: ssh -p 2222 sq@{Environment.MachineName} log backward-walk:1=300 ", line);
        Assert.DoesNotContain("--player", line);
        Assert.DoesNotContain("--db", line);
        CliResult logged = Ssh(cli, "alex", line[line.IndexOf(" log ", StringComparison.Ordinal)..].Trim());
        Assert.True(logged.ExitCode == 0, logged.ToString());
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void The_key_line_ties_a_public_key_to_its_player()
    {
        using Support.Cli cli = Couple();
        string pub = Path.Combine(cli.Folder, "sam.pub");
        File.WriteAllText(pub, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDE sam@laptop\n");
        CliResult line = cli.Run("ssh-key-line", "--player", "sam", pub);
        Assert.Equal(0, line.ExitCode);
        Assert.Equal(
            $"restrict,pty,command=\"umask 007; exec '{Support.Cli.Binary}' --db '{cli.Database}' --player sam\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDE sam@laptop",
            line.Out.Trim());

        File.WriteAllText(pub, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n");
        CliResult secret = cli.Run("ssh-key-line", "--player", "sam", pub);
        Assert.Equal(3, secret.ExitCode);
        Assert.Contains("private key", secret.Err);
        Assert.DoesNotContain("b3Blbn", secret.Err + secret.Out);
        Assert.Equal(3, cli.Run("ssh-key-line", "--player", "nobody", pub).ExitCode);
    }

    [Fact]
    public void Over_ssh_a_player_corrects_their_own_sessions_and_never_the_partners()
    {
        using Support.Cli cli = Couple();
        string mine = Json.Parse(Ssh(cli, "alex", "log --json tibialis-raise=200,20")).Str("session")!;
        string theirs = Json.Parse(Ssh(cli, "sam", "log --json calf-raise=20,20")).Str("session")!;

        CliResult edited = Ssh(cli, "alex", $"session edit {mine} tibialis-raise=20,20");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("Changed the check-in of today", edited.Out);

        string before = cli.Run("export").Out;
        foreach (string original in new[] { $"session delete {theirs}", $"session edit {theirs} calf-raise=2" })
        {
            CliResult refused = Ssh(cli, "alex", original);
            Assert.Equal(3, refused.ExitCode);
            Assert.Equal($"alex has no session \"{theirs}\"; strengthquest history --player alex --json lists each session's uid.", refused.Err.Trim());
        }

        CliResult forSam = Ssh(cli, "alex", "undo --player sam");
        Assert.Equal(2, forSam.ExitCode);
        Assert.StartsWith("Refused", forSam.Err);
        Assert.Equal(before, cli.Run("export").Out);

        Assert.Equal(0, Ssh(cli, "alex", "undo").ExitCode);
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, $"SELECT count(*) FROM sessions WHERE uid = '{mine}'"));
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, $"SELECT count(*) FROM sessions WHERE uid = '{theirs}'"));
        Assert.Equal(2, Ssh(cli, "alex", "player set alex --tz UTC").ExitCode);
    }

    [Fact]
    public void A_database_path_that_an_authorized_keys_line_cannot_carry_is_refused()
    {
        using Support.Cli cli = Couple();
        string pub = Path.Combine(cli.Folder, "sam.pub");
        File.WriteAllText(pub, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDE sam@laptop\n");
        File.Copy(cli.Database, cli.Database + "\nrestrict.db");
        cli.Database += "\nrestrict.db";
        CliResult result = Refused.Run(cli, 3, "ssh-key-line", "--player", "sam", pub);
        Assert.Contains("control characters", result.Err);
        Assert.Empty(result.Out);
    }

    /// <summary>The line would carry the password into authorized_keys and every game's command line.</summary>
    [Theory, TestSupport.OnPostgres]
    public void A_postgresql_address_with_a_password_is_refused_for_a_key_line(TestSupport.Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string pub = Path.Combine(cli.Folder, "sam.pub");
        File.WriteAllText(pub, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDE sam@laptop\n");
        cli.Database = TestSupport.PostgresCluster.WithPassword(TestSupport.PostgresCluster.DatabaseName(cli.Database), "right");

        CliResult result = Refused.Run(cli, 3, "ssh-key-line", "--player", "sam", pub);

        // The whole sentence: its apostrophes (sshd's, user's) are not quotation marks to cut short.
        Assert.Equal(Storage.Database.DatabaseLocation.PasswordInCommandLine + "\n", result.Err);
        Assert.DoesNotContain("right", result.Err);
        Assert.Empty(result.Out);
    }
}
