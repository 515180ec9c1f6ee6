using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>The same game on PostgreSQL: identical answers for the same history, and bad servers refused in one sentence.</summary>
public class PostgresCliTests
{
    /// <summary>A month of a couple's play, corrections, a nudge, plans and a travel change, written the same way on each engine.</summary>
    private static Support.Cli Played(Engine engine)
    {
        Support.Cli cli = Support.Cli.Couple("2026-11-02T10:00:00Z", engine: engine);
        Must(cli, "player", "set", "alex", "--plan", "mon,wed,fri");
        for (int day = 2; day <= 24; day++)
        {
            cli.Now = $"2026-11-{day:00}T10:00:00Z";
            if (day % 2 == 0)
            {
                Must(cli, "log", "--player", "alex", "tibialis-raise=20,20", "calf-raise=20,18", "patrick-step=15,15");
            }

            if (day % 3 == 0)
            {
                Must(cli, "log", "--player", "sam", "calf-raise=20,20@3");
            }
        }

        Must(cli, "log", "--player", "sam", "--date", "2026-11-22", "tibialis-raise=20,20");
        cli.Now = "2026-11-25T10:00:00Z";
        Must(cli, "nudge", "--player", "sam");
        Must(cli, "player", "set", "alex", "--tz", "Asia/Tokyo");
        return cli;
    }

    private static string Must(Support.Cli cli, params string[] args)
    {
        CliResult result = cli.Run(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Out;
    }

    /// <summary>(history is left out: it shows session ids, which are random per check-in on either engine.)</summary>
    [Theory, OnPostgres]
    public void Status_quest_and_players_are_byte_identical_on_both_engines(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli sqlite = Played(Engine.Sqlite);
        using Support.Cli postgres = Played(Engine.Postgres);

        foreach (string[] read in new[]
        {
            new[] { "status", "--player", "alex", "--json" },
            ["status", "--player", "sam", "--json"],
            ["status", "--player", "alex"],
            ["quest", "--player", "sam", "--json"],
            ["player", "list"],
        })
        {
            Assert.Equal(Must(sqlite, read), Must(postgres, read));
        }
    }

    [Theory, OnPostgres]
    public void An_unreachable_server_a_wrong_password_or_another_applications_database_is_one_sentence_and_exit_4(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = new(engine: engine);
        string mine = cli.Database;
        string other = PostgresCluster.NewDatabase();
        PostgresCluster.Execute(PostgresCluster.DatabaseName(other), "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)");

        foreach (string address in new[] { PostgresCluster.Nowhere, PostgresCluster.WithPassword(PostgresCluster.DatabaseName(mine), "wrong"), other })
        {
            cli.Database = address;
            CliResult result = cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "UTC");
            Assert.True(result.ExitCode == 4, result.ToString());
            Assert.Equal("", result.Out);
            Assert.Single(result.Err.Trim().Split('\n'));
            Assert.DoesNotContain("wrong", result.Err, StringComparison.Ordinal);
        }

        Assert.Equal(1L, Sqlite.Scalar<long>(other, "SELECT count(*) FROM invoices"));
        Assert.Equal(0L, Sqlite.Scalar<long>(mine, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    /// <summary>Another application's table that happens to be called strengthquest_schema: still not ours, in one sentence.</summary>
    [Theory, OnPostgres]
    public void A_foreign_table_named_like_ours_is_another_applications_database(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = new(engine: engine);
        foreach (string table in new[] { "(id int, name text)", "(application text, version text)" })
        {
            string other = PostgresCluster.NewDatabase();
            string name = PostgresCluster.DatabaseName(other);
            PostgresCluster.Execute(name, $"CREATE TABLE strengthquest_schema {table}; INSERT INTO strengthquest_schema VALUES ('1', 'x')");
            cli.Database = other;
            foreach (string[] command in new[] { new[] { "player", "list" }, ["player", "add", "alex", "--name", "Alex", "--tz", "UTC"] })
            {
                CliResult result = Refused.Run(cli, 4, command);
                Assert.EndsWith("is not a StrengthQuest database (its schema holds other tables); it was left untouched.\n", result.Err, StringComparison.Ordinal);
            }

            Assert.Equal(1L, Sqlite.Scalar<long>(other, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    /// <summary>
    /// The check-in's session row is written and its trigger waits on a row another connection holds;
    /// then the server ends the command's connection (as an operator's pg_terminate_backend, or a
    /// stopping server, does). The transaction never commits: one sentence, exit 4, nothing saved.
    /// </summary>
    [Theory, OnPostgres]
    public void A_server_that_drops_the_connection_mid_write_is_one_sentence_and_exit_4_with_nothing_half_written(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        long sessions = Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions");
        using Npgsql.NpgsqlConnection holder = new(PostgresCluster.ConnectionStringFor(cli.Database));
        holder.Open();
        using Npgsql.NpgsqlTransaction held = holder.BeginTransaction();
        using (Npgsql.NpgsqlCommand hold = new("SELECT version FROM couple_changes WHERE player_id = (SELECT id FROM players WHERE handle = 'alex') FOR UPDATE", holder, held))
        {
            Assert.NotNull(hold.ExecuteScalar());
        }

        Support.Cli.Running log = cli.Start("log", "--player", "alex", "calf-raise=20,20");
        int waiting = 0;
        Poll.Until(
            () => (waiting = Sqlite.Scalar<int>(cli.Database, "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE application_name = 'strengthquest' AND wait_event_type = 'Lock'")) != 0,
            () => "the check-in never reached the held row");
        PostgresCluster.Execute(PostgresCluster.DatabaseName(cli.Database), $"SELECT pg_terminate_backend({waiting})");
        CliResult result = log.Finish();
        held.Rollback();

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Contains("nothing was saved", result.Err, StringComparison.Ordinal);
        Assert.Equal(sessions, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM entries"));
    }
}

/// <summary>What an operator would expect of the game on a server: a bulk load leaves the planner informed, and status reads its cached fold.</summary>
public class PostgresUpkeepTests
{
    [Theory, OnPostgres]
    public void An_import_refreshes_the_planners_statistics_and_status_then_reads_the_cached_fold(Engine engine)
    {
        using Support.Cli source = Support.Cli.Couple("2026-10-01T10:00:00Z");
        for (int day = 1; day <= 31; day++)
        {
            source.Now = $"2026-10-{day:00}T10:00:00Z";
            Assert.Equal(0, source.Run("log", "--player", "alex", "tibialis-raise=20,20").ExitCode);
        }

        string file = Path.Combine(source.Folder, "all.json");
        Assert.Equal(0, source.Run("export", "--format", "json", "-o", file).ExitCode);
        using Support.Cli cli = new(engine: engine) { Now = "2026-11-24T10:00:00Z" };
        CliResult imported = cli.Run("import", file);
        Assert.True(imported.ExitCode == 0, imported.ToString());

        // A table never analysed has reltuples -1; ANALYZE in the import's transaction sets the real count.
        Assert.Equal(31L, Sqlite.Scalar<long>(cli.Database, "SELECT reltuples::bigint FROM pg_class WHERE relname = 'sessions'"));
        Assert.True(Sqlite.Scalar<long>(cli.Database, "SELECT reltuples::bigint FROM pg_class WHERE relname = 'entries'") > 0);

        // Other couples' (here: another database's) writes go on all the while, as on a busy server;
        // they move the server's snapshot but not this couple, so the fold is still kept.
        string other = PostgresCluster.DatabaseName(PostgresCluster.NewDatabase());
        bool stop = false;
        Thread busy = new(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                PostgresCluster.Execute(other, "SELECT txid_current()");
            }
        });
        busy.Start();
        CliResult first = cli.Run("status", "--player", "alex");
        Volatile.Write(ref stop, true);
        busy.Join();
        Assert.True(first.ExitCode == 0, first.ToString());
        // The snapshot went in as bytes and reads back: a second status finds it and writes nothing new.
        Assert.Equal("bytea", Sqlite.Scalar<string>(cli.Database, "SELECT data_type FROM information_schema.columns WHERE table_name = 'fold_cache' AND column_name = 'state'"));
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM fold_cache"));
        string written = Sqlite.Scalar<string>(cli.Database, "SELECT xmin::text FROM fold_cache");
        Assert.Equal(0, cli.Run("status", "--player", "alex").ExitCode);
        Assert.Equal(written, Sqlite.Scalar<string>(cli.Database, "SELECT xmin::text FROM fold_cache"));
    }
}
