using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>The database under real pressure: many writers, killed writers, a full disk, a read-only file.</summary>
public class StorageSafetyTests
{
    private static Support.Cli Couple(string? database = null)
    {
        Support.Cli cli = new();
        if (database is not null)
        {
            cli.Database = database;
        }

        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "UTC").ExitCode);
        Assert.Equal(0, cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "UTC").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        return cli;
    }

    [Fact]
    public void Many_writers_at_the_same_moment_lose_no_check_in()
    {
        using Support.Cli cli = Couple();
        List<(string Note, Support.Cli.Running Run)> runs = [];
        for (int i = 0; i < 6; i++)
        {
            foreach (string player in new[] { "alex", "sam" })
            {
                string note = $"{player}-{i}";
                runs.Add((note, cli.Start("log", "--player", player, "--note", note, "tibialis-raise=20,20", "calf-raise=20,20")));
            }
        }

        foreach ((string note, Support.Cli.Running run) in runs)
        {
            CliResult result = run.Finish();
            Assert.True(result.ExitCode == 0, $"{note}: {result}");
        }

        List<string> notes = Sqlite.Column(cli.Database, "SELECT note FROM sessions ORDER BY note");
        Assert.Equal(runs.Select(r => r.Note).Order(StringComparer.Ordinal), notes);
        Assert.Equal(24, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM entries"));
    }

    [Fact]
    public void A_writer_killed_at_any_moment_leaves_the_database_consistent()
    {
        using Support.Cli cli = Couple();
        Random random = new(20261124);
        List<string> committed = [];
        for (int round = 0; round < 6; round++)
        {
            List<(string Note, Support.Cli.Running Run)> runs = [];
            for (int i = 0; i < 4; i++)
            {
                string note = $"r{round}-{i}";
                runs.Add((note, cli.Start("log", "--player", i % 2 == 0 ? "alex" : "sam", "--note", note, "tibialis-raise=20,20", "calf-raise=20,20", "patrick-step=20,20")));
            }

            // Kill each at a random point of its life: before, during or after its transaction.
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(random.Next(50, 600));
            while (DateTime.UtcNow < deadline && runs.Any(r => !r.Run.Process.HasExited))
            {
                Thread.Yield();
            }

            foreach ((string note, Support.Cli.Running run) in runs)
            {
                bool finished = run.Process.HasExited;
                if (!finished)
                {
                    run.Process.Kill();
                }

                CliResult result = run.Finish();
                if (finished)
                {
                    Assert.True(result.ExitCode == 0, result.ToString());
                    committed.Add(note);
                }
            }
        }

        Assert.Equal("ok", Sqlite.Scalar<string>(cli.Database, "PRAGMA integrity_check"));
        List<string> stored = Sqlite.Column(cli.Database, "SELECT note FROM sessions");
        Assert.Subset(stored.ToHashSet(), committed.ToHashSet());
        Assert.Equal(0, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions s WHERE (SELECT count(*) FROM entries e WHERE e.session_id = s.id) <> 3"));
        Assert.Equal(0, cli.Run("status", "--player", "alex").ExitCode);
    }

    [TmpfsFact]
    public void A_full_disk_is_one_clear_sentence_and_keeps_what_was_saved()
    {
        using Tmpfs disk = new(1024);
        using Support.Cli cli = Couple(Path.Combine(disk.Path, "sq.db"));
        Assert.Equal(0, cli.Run("log", "--player", "alex", "tibialis-raise=20,20").ExitCode);
        string filler = disk.Fill();

        CliResult full = cli.Run("log", "--player", "sam", "--note", new string('x', 200), "tibialis-raise=20,20");

        Assert.Equal(4, full.ExitCode);
        Assert.Single(full.Err.Trim().Split('\n'));
        Assert.Contains("full", full.Err);
        File.Delete(filler);
        Assert.Equal("ok", Sqlite.Scalar<string>(cli.Database, "PRAGMA integrity_check"));
        Assert.Equal(1, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
    }

    [TmpfsFact]
    public void A_read_only_database_is_one_clear_sentence_and_stays_untouched()
    {
        using Tmpfs disk = new(4096);
        using Support.Cli cli = Couple(Path.Combine(disk.Path, "sq.db"));
        Assert.Equal(0, cli.Run("log", "--player", "alex", "tibialis-raise=20,20").ExitCode);
        string before = Sqlite.Hash(cli.Database);
        disk.ReadOnly(true);
        try
        {
            CliResult result = cli.Run("log", "--player", "sam", "tibialis-raise=20,20");
            Assert.Equal(4, result.ExitCode);
            Assert.Single(result.Err.Trim().Split('\n'));
            Assert.Matches("read-only|writable", result.Err);
            Assert.Equal(before, Sqlite.Hash(cli.Database));
        }
        finally
        {
            disk.ReadOnly(false);
        }

        Assert.Equal(1, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_exit_4_and_left_alone()
    {
        using Support.Cli cli = new();
        File.WriteAllText(cli.Database, "these are my notes, not a database\n");
        string before = Sqlite.Hash(cli.Database);
        CliResult result = cli.Run("player", "list");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is not a StrengthQuest database", result.Err);
        Assert.Equal(before, Sqlite.Hash(cli.Database));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_with_exit_4_and_left_alone()
    {
        using Support.Cli cli = Couple();
        using (Microsoft.Data.Sqlite.SqliteConnection c = new($"Data Source={cli.Database};Pooling=False"))
        {
            c.Open();
            using Microsoft.Data.Sqlite.SqliteCommand command = c.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999"; // far beyond any schema this StrengthQuest knows
            command.ExecuteNonQuery();
        }

        string before = Sqlite.Hash(cli.Database);
        CliResult result = cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("newer StrengthQuest", result.Err);
        Assert.Equal(before, Sqlite.Hash(cli.Database));
    }
}
