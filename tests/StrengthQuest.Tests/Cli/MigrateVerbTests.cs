using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary><c>migrate --to</c>: SQLite to an empty PostgreSQL database and back, checked, and refused whole when it cannot be.</summary>
public class MigrateVerbTests
{
    /// <summary>What a copy must carry over unchanged, read through the verbs (history and export show uids and instants).</summary>
    private static readonly string[][] Reads =
    [
        ["status", "--player", "alex", "--json"],
        ["status", "--player", "sam", "--json"],
        ["history", "--player", "alex", "--days", "60", "--json"],
        ["quest", "--player", "sam", "--json"],
        ["keys", "--player", "alex", "--json"],
        ["board", "--player", "sam", "--json"],
        ["player", "list", "--json"],
        ["export"],
    ];

    /// <summary>A month of a couple's play with travel, a plan, a nudge, a correction, a key, an invite and the board, on SQLite.</summary>
    private static Support.Cli Played()
    {
        Support.Cli cli = Support.Cli.Couple("2026-11-02T10:00:00Z");
        Must(cli, "player", "set", "alex", "--plan", "mon,wed,fri");
        for (int day = 2; day <= 24; day++)
        {
            cli.Now = $"2026-11-{day:00}T10:00:00Z";
            if (day % 2 == 0)
            {
                Must(cli, "log", "--player", "alex", "tibialis-raise=20,20", "calf-raise=20,18@2.5", "patrick-step=15,15", "--note", "knees ok");
            }

            if (day % 3 == 0)
            {
                Must(cli, "log", "--player", "sam", "calf-raise=20,20@3");
            }
        }

        Must(cli, "undo", "--player", "sam");
        Must(cli, "log", "--player", "sam", "--rest", "--pain", "7");
        Must(cli, "status", "--player", "alex");
        cli.Now = "2026-11-25T10:00:00Z";
        Must(cli, "nudge", "--player", "sam");
        Must(cli, "player", "set", "alex", "--tz", "Asia/Tokyo", "--remind", "18:30", "--notify-to", "ntfy:alex");
        Must(cli, "keys", "add", "--player", "alex", TestKey.NewEd25519().Save(cli.Folder));
        Must(cli, "board", "join", "--player", "alex");
        Must(cli, "board", "join", "--player", "sam");
        Must(cli, "player", "add", "kim", "--name", "Kim", "--tz", "UTC");
        Must(cli, "invite", "--player", "kim");
        return cli;
    }

    private static string Must(Support.Cli cli, params string[] args)
    {
        CliResult result = cli.Run(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)} → {result}");
        return result.Out;
    }

    private static List<string> ReadAll(Support.Cli cli) => [.. Reads.Select(read => Must(cli, read))];

    private static string Counters(string database) =>
        string.Join(",", Sqlite.Column(database, "SELECT player_id || ':' || version FROM couple_changes ORDER BY player_id"));

    [Theory, OnPostgres]
    public void A_sqlite_game_goes_to_postgres_and_back_unchanged_and_both_copies_play_on(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Played();
        string sqlite = cli.Database;
        List<string> reads = ReadAll(cli);
        string before = Sqlite.Hash(sqlite);
        string counters = Counters(sqlite);
        string server = PostgresCluster.NewDatabase();

        CliResult there = cli.Run("migrate", "--to", server);
        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.Contains("3 players, 1 couple, ", there.Out);
        Assert.Contains("the full status of all 3 players are the same", there.Out);
        Assert.Equal("", there.Err);
        Assert.Equal(before, Sqlite.Hash(sqlite));

        Assert.Equal(counters, Counters(server));
        Assert.Equal(0L, Sqlite.Scalar<long>(server, "SELECT count(*) FROM fold_cache"));
        cli.Database = server;
        Assert.Equal(reads, ReadAll(cli));

        string file = Path.Combine(cli.Folder, "back.db");
        CliResult back = cli.Run("migrate", "--to", file);
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Equal(NewFileMode, File.GetUnixFileMode(file));
        Assert.Empty(Directory.GetFiles(cli.Folder, ".*"));
        cli.Database = file;
        Assert.Equal(reads, ReadAll(cli));
        Assert.Equal(counters, Counters(file));
        Assert.Equal("ok", Sqlite.Scalar<string>(file, "PRAGMA integrity_check"));

        // New rows on either copy take new ids: the identity sequences were moved past the copied ones.
        foreach (string copy in new[] { server, file })
        {
            cli.Database = copy;
            Must(cli, "player", "add", "lee", "--name", "Lee", "--tz", "UTC");
            Must(cli, "log", "--player", "lee", "calf-raise=20,20");
            Must(cli, "log", "--player", "alex", "tibialis-raise=20,20");
            Must(cli, "nudge", "--player", "alex");

            // The change-counter triggers work on the copy again.
            Assert.NotEqual(counters, Counters(copy));
            Assert.Contains("4:", Counters(copy), StringComparison.Ordinal);
        }
    }

    [Theory, OnPostgres]
    public void A_source_behind_the_schema_is_migrated_in_the_copy_and_left_untouched(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = new();
        Sqlite.Execute(cli.Database, NothingWrittenTests.VersionOne);
        string before = Sqlite.Hash(cli.Database);
        string status = Must(cli, "status", "--player", "amy", "--json");
        string server = PostgresCluster.NewDatabase();

        CliResult result = cli.Run("migrate", "--to", server);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, Sqlite.Hash(cli.Database));
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, "PRAGMA user_version"));
        cli.Database = server;
        Assert.Equal(status, Must(cli, "status", "--player", "amy", "--json"));
    }

    [Theory, OnPostgres]
    public void What_cannot_be_copied_is_refused_in_one_sentence_with_nothing_written(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Support.Cli.Couple();
        Must(cli, "log", "--player", "alex", "calf-raise=20,20");
        string sqlite = cli.Database;
        string ours = PostgresCluster.NewDatabase();
        Must(cli, "migrate", "--to", ours);
        string newer = PostgresCluster.NewDatabase();
        Must(cli, "migrate", "--to", newer);
        PostgresCluster.Execute(PostgresCluster.DatabaseName(newer), "UPDATE strengthquest_schema SET version = 999");
        string foreign = PostgresCluster.NewDatabase();
        PostgresCluster.Execute(PostgresCluster.DatabaseName(foreign), "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)");
        string blank = PostgresCluster.NewDatabase();
        string existing = Path.Combine(cli.Folder, "existing.db");
        File.WriteAllText(existing, "mine");

        Assert.Contains("already holds a StrengthQuest game", Refused.Run(cli, 4, "migrate", "--to", ours).Err);
        Assert.Contains("newer StrengthQuest", Refused.Run(cli, 4, "migrate", "--to", newer).Err);
        Assert.Contains("not a StrengthQuest database", Refused.Run(cli, 4, "migrate", "--to", foreign).Err);
        Assert.Contains("Cannot reach PostgreSQL", Refused.Run(cli, 4, "migrate", "--to", PostgresCluster.Nowhere).Err);
        Assert.Contains("use strengthquest backup", Refused.Run(cli, 2, "migrate", "--to", Path.Combine(cli.Folder, "copy.db")).Err);
        Assert.Equal(2, Refused.Run(cli, 2, "migrate").ExitCode);

        cli.Database = Path.Combine(cli.Folder, "missing.db");
        Assert.Contains("There is no database at", Refused.Run(cli, 4, "migrate", "--to", blank).Err);
        cli.Database = ours;
        Assert.Contains("pg_dump", Refused.Run(cli, 2, "migrate", "--to", blank).Err);
        Assert.Contains("already exists", Refused.Run(cli, 4, "migrate", "--to", existing).Err);
        cli.Database = blank;
        Assert.Contains("holds no players", Refused.Run(cli, 4, "migrate", "--to", Path.Combine(cli.Folder, "from-blank.db")).Err);

        Assert.Equal("mine", File.ReadAllText(existing));
        Assert.Equal(new string?[] { "existing.db", "sq.db" }, Directory.GetFiles(cli.Folder, "*.db").Select(Path.GetFileName).Order().ToArray());
        Assert.Empty(Directory.GetFiles(cli.Folder, ".*"));
        Assert.Equal(2L, Sqlite.Scalar<long>(ours, "SELECT count(*) FROM players"));
        Assert.Equal(1L, Sqlite.Scalar<long>(foreign, "SELECT count(*) FROM invoices"));
        Assert.Equal(1L, Sqlite.Scalar<long>(foreign, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"));
        Assert.Equal(0L, Sqlite.Scalar<long>(blank, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"));
        Assert.Equal(999L, Sqlite.Scalar<long>(newer, "SELECT version FROM strengthquest_schema"));
    }

    private const UnixFileMode NewFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
