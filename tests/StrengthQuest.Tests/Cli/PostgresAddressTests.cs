using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// A malformed PostgreSQL address is a usage error (exit 2) in one sentence, found before any
/// connection; a control character in it is refused, never trimmed away (which would name another
/// database); a password file Npgsql cannot read is one sentence, not a crash.
/// </summary>
public class PostgresAddressTests
{
    private const string Socket = "host=/tmp/sq-no-server-here";

    [Theory]
    [InlineData("postgresql://sq@/game?" + Socket + "&port=abc", "a bad value for port: abc")]
    [InlineData("postgresql://sq@/game?" + Socket + "&port=5432#frag", "a bad value for port")]
    [InlineData("postgresql://sq@/game?" + Socket + "&port=-1", "a bad value for port: -1")]
    [InlineData("postgresql://sq@/game?" + Socket + "&port=70000", "a bad port: 70000")]
    [InlineData("postgresql://sq@/game?" + Socket + "&connect_timeout=x", "a bad value for connect_timeout: x")]
    [InlineData("postgresql://sq@/game?" + Socket + "&sslmode=wat", "a bad sslmode: wat")]
    [InlineData("postgresql://sq@/game?" + Socket + "&bogus=1", "a parameter this game does not know: bogus")]
    [InlineData("postgresql://sq@[::1/game", "an unclosed [ in its host")]
    [InlineData("postgresql://sq@localhost:abc/game", "a bad port: abc")]
    [InlineData("postgresql://sq@localhost:0/game", "a bad port: 0")]
    [InlineData("postgresql://sq@localhost:99999/game", "a bad port: 99999")]
    [InlineData("postgresql://sq@db1:5432,db2:x/game", "a bad port: x")]
    [InlineData("postgresql://sq@[::1]:x/game", "a bad port: x")]
    [InlineData("postgresql://sq@localhost:abc/game?" + Socket, "a bad port: abc")]
    [InlineData("postgresql://sq@/game%?" + Socket, "a % that is not followed by two hex digits")]
    [InlineData("postgresql://sq@/game%zz?" + Socket, "a % that is not followed by two hex digits")]
    [InlineData("postgresql://sq@/game?" + Socket + "&port=54%3", "a % that is not followed by two hex digits")]
    [InlineData("postgresql://sq@/game?" + Socket + "&application_name=a%E2%80%A8b", "a control character in it")]
    [InlineData("postgresql://sq@/ga%00me?" + Socket, "a control character in it")]
    [InlineData("postgresql://sq:pa%00ss@/game?" + Socket, "a control character in it")]
    [InlineData("postgresql://sq@/game%0A?" + Socket, "a control character in it")]
    [InlineData("postgresql://sq@/%0Agame?" + Socket, "a control character in it")]
    [InlineData("postgresql://s%09q@/game?" + Socket, "a control character in it")]
    [InlineData("postgresql://sq@/game?" + Socket + "&application_name=a%1B%5B2J", "a control character in it")]
    public void A_malformed_address_is_a_usage_error_in_one_sentence(string address, string problem)
    {
        using Support.Cli cli = new() { Database = address };
        foreach (string[] command in new[] { new[] { "player", "list" }, ["log", "--player", "alex", "calf-raise=20,20"] })
        {
            CliResult result = Refused.Run(cli, 2, command);
            Assert.StartsWith("The PostgreSQL address postgresql://", result.Err, StringComparison.Ordinal);
            Assert.Contains(problem, result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("pa", result.Err.Split("//")[1].Split('@')[0], StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', result.Err);
        }
    }

    [Theory]
    [InlineData("postgresql://sq@/game?" + Socket + "&password%3DSECRET")]
    [InlineData("postgresql://sq@/game?" + Socket + "&PASSWORD=SECRET&x=1")]
    [InlineData("postgresql://sq:SECRET@/game?" + Socket + "&port=abc")]
    [InlineData("postgresql://sq:SE%40CRET@localhost:abc/game")]
    public void A_malformed_address_never_shows_its_password(string address)
    {
        using Support.Cli cli = new() { Database = address };
        CliResult result = Refused.Run(cli, 2, "player", "list");
        Assert.DoesNotContain("SECRET", result.Err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CRET", result.Err, StringComparison.Ordinal);
    }

    [Theory, OnPostgres]
    public void A_password_file_with_a_malformed_line_is_one_sentence(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string withPassword = PostgresCluster.WithPassword(PostgresCluster.DatabaseName(cli.Database), "right");
        cli.Database = withPassword.Replace(":right@", "@", StringComparison.Ordinal);
        string passFile = Path.Combine(cli.Folder, "pgpass");
        File.WriteAllText(passFile, "garbage line\n");
        File.SetUnixFileMode(passFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        cli.Environment["PGPASSFILE"] = passFile;

        CliResult result = Refused.Run(cli, 4, "player", "list");

        Assert.StartsWith("The password file (PGPASSFILE, else ~/.pgpass) has a line that is not host:port:database:user:password", result.Err, StringComparison.Ordinal);
    }
}
