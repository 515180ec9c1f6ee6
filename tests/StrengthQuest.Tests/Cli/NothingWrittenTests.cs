using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>A command that only reads, or that fails, writes nothing: no new file, no migration, not a byte changed.</summary>
public class NothingWrittenTests
{
    private static readonly string[][] Reads =
    [
        ["player", "list"], ["player", "list", "--json"], ["export"], ["export", "--format", "csv"],
    ];

    /// <summary>Each is invalid data (exit 3) whether the database exists or not.</summary>
    private static readonly string[][] FailingCommands =
    [
        ["status", "--player", "zed"], ["quest", "--player", "zed"], ["history", "--player", "zed"],
        ["log", "--player", "zed", "tibialis-raise=20,20"], ["log", "--player", "zed", "--rest", "--pain", "7"],
        ["nudge", "--player", "zed"], ["couple", "link", "zed", "amy"], ["player", "add", "Zed", "--name", "Zed"],
        ["player", "add", "zed", "--name", "Zed", "--tz", "Mars/Olympus"], ["ssh-key-line", "--player", "zed", "/dev/null"],
        ["import", "/nonexistent/export.json"],
    ];

    [Fact]
    public void Reads_and_failed_commands_on_a_new_path_create_no_file_and_no_folder()
    {
        using Support.Cli cli = new();
        cli.Database = Path.Combine(cli.Folder, "new", "sq.db");
        foreach (string[] read in Reads)
        {
            CliResult result = cli.Run(read);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.False(Directory.Exists(Path.Combine(cli.Folder, "new")), string.Join(' ', read));
        }

        Assert.Contains("No players yet", cli.Run("player", "list").Out);
        foreach (string[] failing in FailingCommands)
        {
            Refused.Run(cli, 3, failing);
        }

        Assert.Equal("no folder", Refused.Snapshot(cli.Database));

        Refused.Run(cli, 4, "backup", Path.Combine(cli.Folder, "copy.db"));
        Assert.False(File.Exists(Path.Combine(cli.Folder, "copy.db")));
    }

    [Fact]
    public void The_first_command_that_succeeds_creates_the_database()
    {
        using Support.Cli cli = new();
        cli.Database = Path.Combine(cli.Folder, "new", "sq.db");
        Assert.Equal(0, cli.Run("player", "add", "zed", "--name", "Zed").ExitCode);
        Assert.Equal(["sq.db"], Directory.GetFiles(Path.Combine(cli.Folder, "new")).Select(Path.GetFileName));
        Assert.Equal(0, cli.Run("log", "--player", "zed", "tibialis-raise=20,20").ExitCode);
        Assert.Equal(1L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void Failed_commands_leave_a_database_byte_for_byte_as_it_was()
    {
        using Support.Cli cli = new();
        Assert.Equal(0, cli.Run("player", "add", "amy", "--name", "Amy").ExitCode);
        foreach (string[] failing in FailingCommands)
        {
            Refused.Run(cli, 3, failing);
        }

        Refused.Run(cli, 3, "nudge", "--player", "amy");
    }

    /// <summary>A database as the first StrengthQuest wrote it (schema 1, frozen), with Amy and one session.</summary>
    internal const string VersionOne = """
        CREATE TABLE players (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE, name TEXT NOT NULL, time_zone TEXT NOT NULL,
            day_start INTEGER NOT NULL CHECK (day_start BETWEEN 0 AND 23), created_at TEXT NOT NULL);
        CREATE TABLE couples (player_a INTEGER NOT NULL UNIQUE REFERENCES players(id), player_b INTEGER NOT NULL UNIQUE REFERENCES players(id),
            linked_at TEXT NOT NULL, CHECK (player_a < player_b));
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, player_id INTEGER NOT NULL REFERENCES players(id),
            game_day TEXT NOT NULL, recorded_at TEXT NOT NULL, backfilled INTEGER NOT NULL DEFAULT 0,
            rest_pain INTEGER CHECK (rest_pain BETWEEN 0 AND 10), note TEXT);
        CREATE INDEX sessions_by_player_day ON sessions(player_id, game_day, recorded_at);
        CREATE TABLE entries (session_id INTEGER NOT NULL REFERENCES sessions(id), position INTEGER NOT NULL, ladder TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level >= 1), sets TEXT NOT NULL, pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
            PRIMARY KEY (session_id, position)) WITHOUT ROWID;
        PRAGMA application_id = 1397835597; PRAGMA user_version = 1; PRAGMA journal_mode = WAL;
        INSERT INTO players (handle, name, time_zone, day_start, created_at) VALUES ('amy', 'Amy', 'UTC', 4, '2026-11-01T00:00:00.000Z');
        INSERT INTO sessions (uid, player_id, game_day, recorded_at) VALUES ('s1', 1, '2026-11-24', '2026-11-24T09:00:00.000Z');
        INSERT INTO entries (session_id, position, ladder, level, sets, pain) VALUES (1, 0, 'tibialis-raise', 1, '20,20', 0);
        """;

    [Fact]
    public void A_database_behind_the_schema_is_read_as_it_is_and_migrated_only_by_a_write_that_succeeds()
    {
        using Support.Cli cli = new();
        Sqlite.Execute(cli.Database, VersionOne);
        string before = Sqlite.Hash(cli.Database);

        foreach (string[] read in new[] { new[] { "status", "--player", "amy" }, ["quest", "--player", "amy"], ["history", "--player", "amy"], ["export"], ["player", "list"] })
        {
            CliResult result = cli.Run(read);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        Assert.Contains("Tibialis raise", cli.Run("history", "--player", "amy").Out);
        Refused.Run(cli, 3, "log", "--player", "amy", "tibialis-raise:4=20");
        Assert.Equal(before, Sqlite.Hash(cli.Database));

        Refused.Run(cli, 3, "nudge", "--player", "amy");
        Assert.Equal(0, cli.Run("log", "--player", "amy", "calf-raise=20,20").ExitCode);
        using Support.Cli fresh = new();
        Assert.Equal(0, fresh.Run("player", "add", "kim", "--name", "Kim").ExitCode);
        Assert.Equal(Sqlite.Scalar<long>(fresh.Database, "PRAGMA user_version"), Sqlite.Scalar<long>(cli.Database, "PRAGMA user_version"));
        Assert.Equal(2L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
    }

    [RootFact]
    public void A_database_the_user_may_not_even_look_for_is_an_error_not_an_empty_game()
    {
        using Support.Cli cli = new();
        File.SetUnixFileMode(cli.Folder, (UnixFileMode)0b111_000_000);
        string[] asNobody = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", $"DOTNET_ROOT={Environment.GetEnvironmentVariable("DOTNET_ROOT")}", "HOME=/tmp"];
        foreach (string[] verb in new[] { new[] { "player", "list" }, ["player", "add", "bo", "--name", "Bo"] })
        {
            (int code, _, string error) = Shell.Run("setpriv", [.. asNobody, Support.Cli.Binary, "--db", cli.Database, .. verb]);
            Assert.Equal(4, code);
            Assert.Contains($"Cannot open the database {cli.Database}", error);
        }
    }
}
