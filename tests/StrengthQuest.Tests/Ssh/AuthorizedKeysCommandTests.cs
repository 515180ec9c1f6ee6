using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Ssh;

/// <summary>The real binary as sshd's AuthorizedKeysCommand and host-setup, without sshd (the E2E tests run both through it).</summary>
public class AuthorizedKeysCommandTests
{
    [Fact]
    public void A_good_key_gets_one_restricted_line_with_its_fingerprint_and_a_quoted_database()
    {
        using Support.Cli cli = new();
        TestKey key = TestKey.NewEd25519();
        string database = "/srv/it's \"here\"/sq.db";
        CliResult line = cli.Run("ssh-authorized-keys", "sq", key.Type, key.Base64, "--db", database, "--max-players", "40");
        Assert.Equal(0, line.ExitCode);
        Assert.Equal(
            $"restrict,pty,command=\"umask 007; exec '{Support.Cli.Binary}' --db '/srv/it'\\''s \\\"here\\\"/sq.db' --key {key.Fingerprint} --max-players 40\" {key.Type} {key.Base64}\n",
            line.Out);
        Assert.Equal("", line.Err);
        Assert.False(File.Exists(cli.Database), "the key command must not open the database");
    }

    [Theory]
    [InlineData("sq", "ssh-ed25519", "AAAA$(id)")]
    [InlineData("sq", "ssh-ed25519;id", "KEY")]
    [InlineData("root", "ssh-ed25519", "KEY")]
    [InlineData("sq;id", "ssh-ed25519", "KEY")]
    [InlineData("sq", "ssh-dss", "KEY")]
    public void Anything_else_prints_nothing_and_fails(string user, string type, string key)
    {
        using Support.Cli cli = new();
        TestKey good = TestKey.NewEd25519();
        CliResult result = cli.Run("ssh-authorized-keys", user, type, key.Replace("KEY", good.Base64, StringComparison.Ordinal));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void Missing_tokens_or_a_bad_cap_are_usage_errors()
    {
        using Support.Cli cli = new();
        TestKey key = TestKey.NewEd25519();
        Assert.Equal(2, cli.Run("ssh-authorized-keys", "sq", key.Type).ExitCode);
        Assert.Equal(2, cli.Run("ssh-authorized-keys", "sq", key.Type, key.Base64, "--max-players", "0").ExitCode);
        Assert.Equal(2, cli.Run("ssh-authorized-keys", "sq", key.Type, key.Base64, "--evil").ExitCode);
    }

    [Fact]
    public void Host_setup_prints_the_accounts_and_the_match_block_and_refuses_unsafe_names()
    {
        using Support.Cli cli = new();
        CliResult setup = cli.Run("host-setup", "--user", "sq", "--db", "/var/lib/sq/sq.db", "--max-players", "50");
        Assert.Equal(0, setup.ExitCode);
        Assert.Contains("useradd --system --create-home --shell /bin/sh sq\n", setup.Out);
        Assert.Contains("--shell /usr/sbin/nologin sq-keys\n", setup.Out);
        Assert.Contains("Match User sq\n    AuthorizedKeysFile none\n", setup.Out);
        Assert.Contains($"    AuthorizedKeysCommand {Support.Cli.Binary} ssh-authorized-keys %u %t %k --db /var/lib/sq/sq.db --max-players 50\n", setup.Out);
        Assert.Contains("    AuthorizedKeysCommandUser sq-keys\n", setup.Out);
        Assert.Contains("    PermitTTY yes\n", setup.Out);
        Assert.Contains("    DisableForwarding yes\n", setup.Out);

        Assert.Equal(3, cli.Run("host-setup", "--user", "root").ExitCode);
        Assert.Equal(3, cli.Run("host-setup", "--user", "sq; rm -rf /").ExitCode);
        Assert.Equal(3, cli.Run("host-setup", "--user", "sq", "--db", "/var/lib/my db/sq.db").ExitCode);
        Assert.Equal(3, cli.Run("host-setup", "--user", "sq", "--db", "/var/lib/%u/sq.db").ExitCode);
    }

    [Theory]
    [InlineData("postgresql://sq:s3cret@db.example/game?sslmode=require")]
    [InlineData("postgres://sq@db.example/game?sslmode=require&password=s3cret")]
    public void A_postgres_address_with_a_password_is_refused_by_both_with_the_pgpass_advice(string address)
    {
        using Support.Cli cli = new();
        TestKey key = TestKey.NewEd25519();

        foreach ((int code, string[] args) in new[]
        {
            (2, new[] { "ssh-authorized-keys", "sq", key.Type, key.Base64, "--db", address }),
            (2, ["--db", address, "ssh-authorized-keys", "sq", key.Type, key.Base64]),
            (3, ["host-setup", "--user", "sq", "--db", address]),
        })
        {
            CliResult result = cli.Run(args);
            Assert.True(result.ExitCode == code, $"{string.Join(' ', args)} → {result}");
            Assert.Equal("", result.Out);
            Assert.Contains("~/.pgpass (or the file PGPASSFILE names)", result.Err);
            Assert.Single(result.Err.Trim().Split('\n'));
            Assert.DoesNotContain("s3cret", result.Err, StringComparison.Ordinal);
        }

        CliResult without = cli.Run("ssh-authorized-keys", "sq", key.Type, key.Base64, "--db", "postgresql://sq@db.example/game?sslmode=require");
        Assert.True(without.ExitCode == 0, without.ToString());
        Assert.Contains("--db 'postgresql://sq@db.example/game?sslmode=require'", without.Out);
    }

    [Fact]
    public void Host_setup_takes_a_postgres_address_as_given_and_refuses_one_sshd_would_split_or_expand()
    {
        using Support.Cli cli = new();
        const string address = "postgresql://sq@/game?host=/run/postgresql&sslmode=disable";
        CliResult setup = cli.Run("host-setup", "--user", "sq", "--db", address);
        Assert.True(setup.ExitCode == 0, setup.ToString());
        Assert.Contains($"    AuthorizedKeysCommand {Support.Cli.Binary} ssh-authorized-keys %u %t %k --db {address}\n", setup.Out);
        // No folder to create for a server's database, and the shell line quotes the address (its & would end the command).
        Assert.DoesNotContain("install -d -m 700", setup.Out);
        Assert.Contains($"--db '{address}' player list", setup.Out);

        foreach (string bad in new[] { "postgresql://sq@/ga%20me", "postgresql://sq@/game?options=-c a=b", "postgresql://sq@/g\"ame" })
        {
            CliResult refused = cli.Run("host-setup", "--user", "sq", "--db", bad);
            Assert.True(refused.ExitCode == 3, refused.ToString());
            Assert.Equal("", refused.Out);
            Assert.Single(refused.Err.Trim().Split('\n'));
        }
    }
}
