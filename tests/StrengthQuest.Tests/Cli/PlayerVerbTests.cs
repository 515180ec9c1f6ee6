using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

public class PlayerVerbTests
{
    [Theory, OnSqlite, OnPostgres]
    public void Players_are_added_listed_and_linked(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin").ExitCode);
        CliResult added = cli.Run("player", "add", "sam", "--name", "Sam Q", "--tz", "America/New_York", "--day-start", "6");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Sam Q (sam)", added.Out);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);

        CliResult list = cli.Run("player", "list", "--json");
        Assert.Equal(0, list.ExitCode);
        JsonElement[] players = [.. JsonDocument.Parse(list.Out).RootElement.EnumerateArray()];
        Assert.Equal(["alex", "sam"], players.Select(p => p.GetProperty("handle").GetString()));
        Assert.Equal("America/New_York", players[1].GetProperty("timeZone").GetString());
        Assert.Equal(6, players[1].GetProperty("dayStartHour").GetInt32());
        Assert.Equal("sam", players[0].GetProperty("partner").GetString());
        Assert.Equal(4, players[0].GetProperty("dayStartHour").GetInt32());
    }

    [Theory, OnSqlite, OnPostgres]
    public void Without_a_time_zone_the_machines_is_used(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        cli.Environment["TZ"] = "Asia/Tokyo";
        Assert.Equal(0, cli.Run("player", "add", "kim", "--name", "Kim").ExitCode);
        Assert.Contains("\"timeZone\": \"Asia/Tokyo\"", cli.Run("player", "list", "--json").Out);
    }

    [Theory]
    [InlineData(3, "player", "add", "Alex", "--name", "Alex")]
    [InlineData(3, "player", "add", "alex", "--name", "Al\u001b[31mex")]
    [InlineData(2, "player", "add", "alex", "--name", "")]
    [InlineData(3, "player", "add", "alex", "--name", "Alex", "--tz", "Mars/Olympus")]
    [InlineData(3, "player", "add", "alex", "--name", "Alex", "--day-start", "24")]
    [InlineData(2, "player", "add", "alex", "--name", "Alex", "--day-start", "four")]
    [InlineData(2, "player", "add", "alex")]
    [InlineData(2, "player", "frobnicate")]
    [InlineData(3, "couple", "link", "alex", "nobody")]
    [InlineData(3, "couple", "link", "alex", "alex")]
    public void Bad_input_gets_one_sentence_and_the_right_exit_code(int code, params string[] args)
    {
        using Support.Cli cli = new();
        cli.Run("player", "add", "alex", "--name", "Alex");
        CliResult result = cli.Run(args);
        Assert.Equal(code, result.ExitCode);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain('\u001b', result.Err);
        Assert.Equal(["alex"], Handles(cli));
    }

    private static string[] Handles(Support.Cli cli) =>
        [.. JsonDocument.Parse(cli.Run("player", "list", "--json").Out).RootElement.EnumerateArray().Select(p => p.GetProperty("handle").GetString()!)];

    [Theory, OnSqlite, OnPostgres]
    public void A_handle_is_taken_once_and_a_player_has_one_partner(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        foreach (string h in new[] { "alex", "sam", "kim" })
        {
            cli.Run("player", "add", h, "--name", h.ToUpperInvariant());
        }

        Assert.Equal(3, cli.Run("player", "add", "alex", "--name", "Again").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        CliResult again = cli.Run("couple", "link", "kim", "sam");
        Assert.Equal(3, again.ExitCode);
        Assert.Equal("sam is already linked with alex.", again.Err.Trim());
    }

    [Fact]
    public void Help_and_version_work_and_name_every_verb()
    {
        using Support.Cli cli = new();
        CliResult help = cli.Run("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (string verb in new[] { "player", "couple", "log", "status", "quest", "history", "backup", "export", "import" })
        {
            Assert.Contains($"  {verb}", help.Out);
        }

        CliResult version = cli.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out.Trim());
        Assert.Contains("ENTRY", cli.Run("log", "--help").Out);
    }

    [Fact]
    public void The_default_database_lives_in_the_xdg_data_home_and_is_created_on_first_use()
    {
        using Support.Cli cli = new();
        cli.Environment["STRENGTHQUEST_DB"] = "";
        cli.Environment["XDG_DATA_HOME"] = Path.Combine(cli.Folder, "xdg");
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex").ExitCode);
        string expected = Path.Combine(cli.Folder, "xdg", "strengthquest", "strengthquest.db");
        Assert.True(File.Exists(expected));
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(expected) & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite));

        cli.Environment.Remove("XDG_DATA_HOME");
        Assert.Equal(0, cli.Run("player", "add", "sam", "--name", "Sam").ExitCode);
        Assert.True(File.Exists(Path.Combine(cli.Folder, ".local", "share", "strengthquest", "strengthquest.db")));
    }

    [Fact]
    public void The_db_option_wins_over_the_environment()
    {
        using Support.Cli cli = new();
        string other = Path.Combine(cli.Folder, "other.db");
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--db", other).ExitCode);
        Assert.True(File.Exists(other));
        Assert.Contains("No players yet", cli.Run("player", "list").Out);
    }
}
