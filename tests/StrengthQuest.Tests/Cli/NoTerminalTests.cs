using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

public class NoTerminalTests
{
    [Fact]
    public void Without_a_terminal_the_game_says_so_in_one_line_and_exits_at_once()
    {
        using Support.Cli cli = new();
        cli.Run("player", "add", "alex", "--name", "Alex");
        foreach (string[] args in new[] { Array.Empty<string>(), ["--player", "alex"] })
        {
            CliResult result = cli.Start(args).Finish(timeoutMs: 15_000);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("The full-screen game needs a terminal: run it in one (over SSH: ssh -t), or use a command (strengthquest --help).", result.Err.Trim());
            Assert.Equal("", result.Out);
        }
    }
}
