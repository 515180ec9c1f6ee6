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

    [Fact]
    public void The_game_binary_itself_refuses_without_a_terminal_too()
    {
        using TempFolder folder = new();
        (int code, string output, string error) = Shell.Run(Path.Combine(AppContext.BaseDirectory, "strengthquest-game"), "--db", folder.File("sq.db"));
        Assert.Equal(2, code);
        Assert.StartsWith("The full-screen game needs a terminal", error.Trim());
        Assert.Equal("", output);
    }

    [Fact]
    public void Without_the_game_beside_it_strengthquest_says_what_is_missing_and_commands_still_work()
    {
        using TempFolder folder = new();
        string install = Path.Combine(folder.Path, "install");
        Shell.Must("cp", "-r", AppContext.BaseDirectory.TrimEnd('/'), install);
        foreach (string file in Directory.GetFiles(install, "strengthquest-game*"))
        {
            File.Delete(file);
        }

        string binary = Path.Combine(install, "strengthquest");
        string database = folder.File("sq.db");
        (int code, string output, string error) = Shell.Run(binary, "--db", database);
        Assert.Equal(2, code);
        Assert.Equal($"The full-screen game (strengthquest-game) is missing from {install}; install it beside strengthquest.", error.Trim());
        Assert.Equal("", output);
        Assert.False(File.Exists(database));

        Assert.Equal(0, Shell.Run(binary, "--db", database, "player", "add", "alex", "--name", "Alex").Code);
    }
}
