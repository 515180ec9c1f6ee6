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
}
