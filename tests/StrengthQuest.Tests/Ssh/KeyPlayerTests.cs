using System.Text.Json;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Ssh;

/// <summary>
/// The real binary as sshd runs the forced command that ssh-authorized-keys prints: --key names the
/// key, the client's words come in SSH_ORIGINAL_COMMAND, and the player is the key's owner.
/// </summary>
public class KeyPlayerTests
{
    private static CliResult Ssh(Support.Cli cli, TestKey key, string original)
    {
        cli.Environment["SSH_ORIGINAL_COMMAND"] = original;
        try
        {
            return cli.Run("--db", cli.Database, "--key", key.Fingerprint);
        }
        finally
        {
            cli.Environment.Remove("SSH_ORIGINAL_COMMAND");
        }
    }

    private static (Support.Cli Cli, TestKey Alex, TestKey Sam) Couple()
    {
        Support.Cli cli = new("2026-11-24T15:00:00Z");
        TestKey alex = TestKey.NewEd25519();
        TestKey sam = TestKey.NewEd25519();
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        Assert.Equal(0, cli.Run("keys", "add", "--player", "alex", alex.Save(cli.Folder)).ExitCode);
        Assert.Equal(0, cli.Run("keys", "add", "--player", "sam", sam.Save(cli.Folder)).ExitCode);
        return (cli, alex, sam);
    }

    [Fact]
    public void A_command_from_a_key_acts_for_the_keys_owner()
    {
        (Support.Cli cli, TestKey alex, TestKey sam) = Couple();
        using (cli)
        {
            Assert.Equal("alex", Json.Parse(Ssh(cli, alex, "status --json")).Str("player"));
            CliResult logged = Ssh(cli, sam, "log calf-raise=20,20");
            Assert.Equal(0, logged.ExitCode);
            Assert.Equal(10, Json.Parse(cli.Run("status", "--player", "sam", "--json")).Int("xp"));
            Assert.Equal(0, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("xp"));
        }
    }

    [Fact]
    public void An_unknown_key_is_told_in_one_line_how_to_sign_up_and_nothing_is_written()
    {
        (Support.Cli cli, _, _) = Couple();
        using (cli)
        {
            string before = cli.Run("export").Out;
            CliResult status = Ssh(cli, TestKey.NewEd25519(), "status");
            Assert.Equal(3, status.ExitCode);
            Assert.Single(status.Err.Trim().Split('\n'));
            Assert.Contains("sign up in the game with ssh -t", status.Err);
            Assert.Equal("", status.Out);
            Assert.Equal(3, Ssh(cli, TestKey.NewEd25519(), "log calf-raise=20,20").ExitCode);
            Assert.Equal(before, cli.Run("export").Out);
        }
    }

    [Theory]
    [InlineData("status --player sam")]
    [InlineData("status --player:sam")]
    [InlineData("status -psam")]
    [InlineData("status --key SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("keys add /tmp/evil.pub")]
    [InlineData("keys --json add /tmp/evil.pub")]
    [InlineData("ssh-authorized-keys sq ssh-ed25519 AAAA")]
    [InlineData("host-setup --user sq")]
    [InlineData("status --db /tmp/elsewhere.db")]
    public void A_key_never_acts_as_another_player_nor_writes_the_key_table(string original)
    {
        (Support.Cli cli, TestKey alex, _) = Couple();
        using (cli)
        {
            CliResult refused = Ssh(cli, alex, original);
            Assert.Equal(2, refused.ExitCode);
            Assert.StartsWith("Refused", refused.Err);
            Assert.Equal(2L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM player_keys"));
        }
    }

    [Fact]
    public void Keys_lists_the_players_keys_and_marks_the_one_in_use()
    {
        (Support.Cli cli, TestKey alex, TestKey sam) = Couple();
        using (cli)
        {
            CliResult listed = Ssh(cli, alex, "keys");
            Assert.Equal(0, listed.ExitCode);
            Assert.Contains($"{alex.Fingerprint}  added now · last used now · this key", listed.Out);
            Assert.DoesNotContain(sam.Fingerprint, listed.Out);

            JsonElement json = Json.Parse(Ssh(cli, alex, "keys --json"));
            Assert.Equal(alex.Fingerprint, json[0].Str("fingerprint"));
            Assert.True(json[0].GetProperty("inUse").GetBoolean());
        }
    }

    [Fact]
    public void A_device_code_works_once_within_its_minutes_and_keys_remove_never_takes_the_key_in_use()
    {
        (Support.Cli cli, TestKey alex, TestKey sam) = Couple();
        using (cli)
        {
            CliResult code = Ssh(cli, alex, "keys code");
            Assert.Equal(0, code.ExitCode);
            Assert.Contains("It works once, for 15 minutes", code.Out);
            string shown = code.Out.Split('\n')[0].Split(' ')[^1];
            Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", shown);

            // Removing: never the key in use, never another player's key.
            CliResult own = Ssh(cli, alex, $"keys remove {alex.Fingerprint}");
            Assert.Equal(3, own.ExitCode);
            Assert.Contains("the key you are using now", own.Err);
            CliResult theirs = Ssh(cli, alex, $"keys remove {sam.Fingerprint}");
            Assert.Equal(3, theirs.ExitCode);
            Assert.Equal(2L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM player_keys"));

            // The operator adds a second key to alex; alex removes it from the first.
            TestKey laptop = TestKey.NewEd25519();
            Assert.Equal(0, cli.Run("keys", "add", "--player", "alex", laptop.Save(cli.Folder)).ExitCode);
            Assert.Equal(3, cli.Run("keys", "add", "--player", "sam", laptop.Save(cli.Folder)).ExitCode);
            Assert.Equal(0, Ssh(cli, alex, $"keys remove {laptop.Fingerprint}").ExitCode);
            Assert.Equal(3, Ssh(cli, laptop, "status").ExitCode);
        }
    }

    [Fact]
    public void Partners_pair_by_invite_over_ssh()
    {
        (Support.Cli cli, TestKey alex, TestKey sam) = Couple();
        using (cli)
        {
            CliResult invite = Ssh(cli, alex, "invite");
            Assert.Equal(0, invite.ExitCode);
            string code = invite.Out.Split('\n')[0].Split(' ')[^1];
            CliResult joined = Ssh(cli, sam, $"join {code.ToLowerInvariant()}");
            Assert.Equal(0, joined.ExitCode);
            Assert.Contains("You and Alex are a couple now", joined.Out);
            Assert.Equal("sam", Json.Parse(Ssh(cli, alex, "status --json")).Str("coop.partner"));
        }
    }
}
