using System.Diagnostics;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary><c>backup</c> and <c>player remove</c> on PostgreSQL: the real pg_dump, restored by the real pg_restore.</summary>
public class PostgresBackupTests
{
    private static Support.Cli Played()
    {
        Support.Cli cli = Support.Cli.Couple("2026-11-20T10:00:00Z", engine: Engine.Postgres);
        for (int day = 20; day <= 24; day++)
        {
            cli.Now = $"2026-11-{day}T10:00:00Z";
            Must(cli, "log", "--player", "alex", "tibialis-raise=20,20", "calf-raise=20,18@2.5");
            Must(cli, "log", "--player", "sam", "calf-raise=20,20");
        }

        return cli;
    }

    private static string Must(Support.Cli cli, params string[] args)
    {
        CliResult result = cli.Run(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)} → {result}");
        return result.Out;
    }

    private static void Restore(string dump, string database)
    {
        ProcessStartInfo start = new(PostgresCluster.Tool("pg_restore")) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "--no-owner", "--exit-on-error", "--dbname=" + PostgresCluster.LibpqFor(database), dump })
        {
            start.ArgumentList.Add(arg);
        }

        using Process restore = Process.Start(start)!;
        string errors = restore.StandardError.ReadToEnd();
        restore.WaitForExit();
        Assert.True(restore.ExitCode == 0, errors);
    }

    private static bool IsCustomDump(string file) => File.ReadAllBytes(file) is [(byte)'P', (byte)'G', (byte)'D', (byte)'M', (byte)'P', ..];

    [Theory, OnPostgres]
    public void A_backup_is_a_private_pg_dump_that_restores_to_the_same_game_and_never_overwrites(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Played();
        string[][] reads = [["status", "--player", "alex", "--json"], ["status", "--player", "sam", "--json"], ["history", "--player", "alex", "--json"], ["export"]];
        List<string> before = [.. reads.Select(r => Must(cli, r))];
        string dump = Path.Combine(cli.Folder, "game.dump");

        Assert.Contains($"to {dump}.", Must(cli, "backup", dump));

        Assert.True(IsCustomDump(dump));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dump));
        byte[] bytes = File.ReadAllBytes(dump);
        Assert.Contains("already exists", Refused.Run(cli, 4, "backup", dump).Err);
        Assert.Equal(bytes, File.ReadAllBytes(dump));
        Assert.Empty(Directory.GetFiles(cli.Folder, ".*"));

        string restored = PostgresCluster.NewDatabase();
        Restore(dump, restored);
        cli.Database = restored;
        Assert.Equal(before, reads.Select(r => Must(cli, r)));
        Must(cli, "log", "--player", "sam", "tibialis-raise=20,20");
    }

    [Theory, OnPostgres]
    public void A_database_with_no_game_yet_is_not_backed_up(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        string dump = Path.Combine(cli.Folder, "blank.dump");

        CliResult result = Refused.Run(cli, 4, "backup", dump);

        Assert.Matches("^There is no game in postgresql://.+ yet; nothing was backed up\\.\n$", result.Err);
        Assert.False(File.Exists(dump));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Theory, OnPostgres]
    public void The_password_reaches_pg_dump_by_its_environment_and_a_failing_pg_dump_leaves_one_sentence_and_no_file(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Played();
        string name = PostgresCluster.DatabaseName(cli.Database);
        cli.Database = PostgresCluster.WithPassword(name, "right");
        PostgresCluster.Execute(name, $"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {PostgresCluster.PasswordUser}; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {PostgresCluster.PasswordUser}");
        string first = Path.Combine(cli.Folder, "first.dump");

        // pg_dump runs with --no-password: without PGPASSWORD this login would fail.
        string done = Must(cli, "backup", first);
        Assert.True(IsCustomDump(first));
        Assert.DoesNotContain("right", done, StringComparison.Ordinal);

        PostgresCluster.Execute(name, $"REVOKE SELECT ON players FROM {PostgresCluster.PasswordUser}");
        string second = Path.Combine(cli.Folder, "second.dump");
        CliResult failed = Refused.Run(cli, 4, "backup", second);
        Assert.StartsWith("pg_dump could not back up postgresql://sq_pw@/", failed.Err, StringComparison.Ordinal);
        Assert.Contains("permission denied", failed.Err, StringComparison.Ordinal);
        Assert.EndsWith("no backup was written.\n", failed.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("right", failed.Err, StringComparison.Ordinal);
        Assert.Equal("", failed.Out);
        Assert.False(File.Exists(second));
        Assert.Empty(Directory.GetFiles(cli.Folder, ".*"));
    }

    [Theory, OnPostgres]
    public void Removing_a_player_dumps_the_game_to_the_current_folder_first_and_without_pg_dump_removes_nothing(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Played();
        Must(cli, "couple", "unlink", "alex", "--yes");
        cli.WorkingDirectory = cli.Folder;
        string noTools = Directory.CreateDirectory(Path.Combine(cli.Folder, "no-tools")).FullName;
        cli.Environment["PATH"] = noTools;

        Assert.Contains("pg_dump --format=custom --file=", Refused.Run(cli, 4, "backup", Path.Combine(cli.Folder, "x.dump")).Err);
        Assert.Contains("takes pg_dump, which is not on PATH", Refused.Run(cli, 4, "player", "remove", "alex", "--yes").Err);
        Assert.Equal(2L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM players"));
        Assert.Empty(Directory.GetFiles(cli.Folder));

        cli.Environment.Remove("PATH");
        string removed = Must(cli, "player", "remove", "alex", "--yes");

        string dump = Assert.Single(Directory.GetFiles(cli.Folder, $"{PostgresCluster.DatabaseName(cli.Database)}-before-removing-alex-2026112?-??????.dump"));
        Assert.Contains($"Backed up the database to {dump} first.", removed);
        Assert.Contains("pg_restore", removed);
        Assert.True(IsCustomDump(dump));
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM players"));
        string restored = PostgresCluster.NewDatabase();
        Restore(dump, restored);
        Assert.Equal(2L, Sqlite.Scalar<long>(restored, "SELECT count(*) FROM players"));
    }
}
