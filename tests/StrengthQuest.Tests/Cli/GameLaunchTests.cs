namespace StrengthQuest.Tests.Cli;

/// <summary>Which command lines strengthquest hands to the game before parsing them itself.</summary>
public class GameLaunchTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(true, "--db", "sq.db")]
    [InlineData(true, "--player", "alex", "--db=/data/sq.db")]
    [InlineData(true, "-p", "alex", "--catalog", "ladders.json")]
    [InlineData(false, "status")]
    [InlineData(false, "--player", "alex", "log")]
    [InlineData(false, "--help")]
    [InlineData(false, "-h")]
    [InlineData(false, "--version")]
    [InlineData(false, "--db")]
    [InlineData(false, "--db", "--help")]
    [InlineData(false, "--db:sq.db")]
    [InlineData(false, "-p=alex")]
    [InlineData(false, "[diagram]")]
    [InlineData(false, "--bogus", "x")]
    public void Only_a_plain_launch_is_handed_over_before_parsing(bool plain, params string[] args) =>
        Assert.Equal(plain, GameHandoff.IsPlainLaunch(args));

    [Theory]
    [InlineData(null)]
    [InlineData(null, "status", "--player", "alex")]
    [InlineData("sq.db", "--db", "sq.db", "status")]
    [InlineData("postgresql://sq@/game", "log", "--player", "alex", "--db=postgresql://sq@/game", "calf-raise=20")]
    [InlineData("first.db", "--db", "first.db", "--db", "second.db")]
    [InlineData(null, "status", "--db")]
    [InlineData(null, "--dbx", "other.db")]
    public void The_database_to_open_early_is_the_first_db_options_value(string? database, params string[] args) =>
        Assert.Equal(database, EarlyOpen.DbArgument(args));
}
