namespace StrengthQuest.Tests.Support;

/// <summary>
/// Runs a command that must be refused: the exit code, one sentence on stderr with no stack trace,
/// and the database byte for byte as it was (or still not there).
/// </summary>
public static class Refused
{
    public static CliResult Run(Cli cli, int code, params string[] args)
    {
        string before = Snapshot(cli.Database);
        CliResult result = cli.Run(args);
        Assert.True(result.ExitCode == code, $"{string.Join(' ', args)} → {result}");
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain("Something went wrong", result.Err);
        Assert.True(before == Snapshot(cli.Database), $"{string.Join(' ', args)} changed the database");
        return result;
    }

    /// <summary>The file's bytes, or what of its folder exists when it does not.</summary>
    public static string Snapshot(string database) =>
        File.Exists(database) ? Sqlite.Hash(database)
        : Directory.Exists(Path.GetDirectoryName(database)) ? "absent" : "no folder";
}
