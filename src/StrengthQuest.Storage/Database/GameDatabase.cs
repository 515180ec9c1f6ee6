using Dapper;
using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Database.Postgres;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Storage.Database;

/// <summary>
/// One StrengthQuest database. Opening checks what the file is and writes nothing: a foreign,
/// damaged or newer file is refused and left untouched. A file that does not exist yet reads as an
/// empty game and is created by its first write that commits; a file behind the schema is read
/// through a migrated copy in memory and migrated by its first write, in that write's transaction.
/// Every write is one BEGIN IMMEDIATE transaction; reads see one consistent snapshot.
/// A postgresql:// address opens the same game on a PostgreSQL server instead (<see cref="PostgresDatabase"/>).
/// </summary>
public sealed class GameDatabase : IDisposable
{
    private const int BusyTimeoutMs = 10_000;
    private SqliteConnection? _file;
    private bool _behind;
    private bool _wal;
    private SqliteConnection? _shadow;
    private long _serverPolls;

    private readonly PostgresDatabase? _server;

    /// <summary>Set for a view of one open transaction (<see cref="Within"/>): every read runs on it, nothing writes.</summary>
    private readonly StoreContext? _within;

    private GameDatabase(string path, PostgresDatabase? server = null, StoreContext? within = null)
    {
        FilePath = path;
        _server = server;
        _within = within;
    }

    /// <summary>The SQLite file, or the PostgreSQL address as given.</summary>
    public string FilePath { get; }

    /// <summary>True on a PostgreSQL server: there is no file, and backups are pg_dump's.</summary>
    public bool OnServer => _server is not null;

    /// <summary>False on PostgreSQL while pg_dump is not on PATH: a backup would be refused.</summary>
    public bool CanBackUp => _server is null || PgDump.Find() is not null;

    /// <summary>The database's own name: the file's without its extension, or the server's database.</summary>
    public string Name => _server?.Name ?? Path.GetFileNameWithoutExtension(FilePath);

    /// <summary>How messages name the database: the file, or the server address without its password.</summary>
    public string Display => _server?.Display ?? FilePath;

    /// <summary>
    /// For a PostgreSQL address: starts connecting now, in the background, for the command's
    /// <see cref="Open"/> to take when it gets there. Nothing for a SQLite path (opening a file
    /// costs nothing worth overlapping).
    /// </summary>
    public static void StartOpening(string location)
    {
        if (PostgresAddress.Is(location))
        {
            PostgresDatabase.StartOpening(location);
        }
    }

    public static GameDatabase Open(string path)
    {
        if (PostgresAddress.Is(path))
        {
            return new GameDatabase(path, PostgresDatabase.Open(path));
        }

        if (Directory.Exists(path))
        {
            throw new StorageException($"{path} is a folder, not a database file.");
        }

        GameDatabase database = new(path);
        if (database.Attach() is null)
        {
            RefuseHidden(path);
        }

        return database;
    }

    /// <summary>A file this user may not even look for is not "no database yet": say so rather than show an empty game.</summary>
    private static void RefuseHidden(string path)
    {
        try
        {
            File.GetAttributes(path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StorageException($"Cannot open the database {path}: {e.Message.TrimEnd('.')} (check the folder's permissions).", e);
        }
        catch (IOException)
        {
            // Not there: a new game.
        }
    }

    /// <summary>
    /// The game as one open transaction sees it, so the service's own reads can check a copy before
    /// it commits: reads run inside that transaction, writes are refused and optional writes skipped.
    /// </summary>
    internal static GameDatabase Within(StoreContext store, string display) => new(display, within: store);

    /// <summary>Runs <paramref name="work"/> on one read snapshot.</summary>
    public T Read<T>(Func<StoreContext, T> work) => _within is not null ? work(_within) : _server is not null ? _server.Read(work) : Guard(() => Run(ReadConnection(), deferred: true, work));

    /// <summary>Runs <paramref name="work"/> as one BEGIN IMMEDIATE transaction: all of it is saved, or none.</summary>
    public T Write<T>(Func<StoreContext, T> work) => _within is not null ? throw new InvalidOperationException("A database seen within a copy is read-only.")
        : _server is not null ? _server.Write(work) : Guard(() =>
    {
        if (Attach() is null && NewDatabaseFile.TryCreate(FilePath, work, out T created))
        {
            Attach();
            return created;
        }

        SqliteConnection file = Attach() ?? throw new StorageException($"Cannot create the database {FilePath}.");
        T result = Run(file, deferred: false, work, migrate: _behind);
        DropShadow();
        _behind = false;
        if (!_wal)
        {
            // Only now: switching a blank file to WAL would write to it before anything was saved.
            // Busy with another reader? The next write tries again.
            try
            {
                _wal = SchemaSetup.IsWal(file) || string.Equals(file.ExecuteScalar<string>("PRAGMA journal_mode = WAL"), "wal", StringComparison.OrdinalIgnoreCase);
            }
            catch (SqliteException)
            {
            }
        }

        return result;
    });

    /// <summary>
    /// A write that may be skipped: waits at most a moment for the lock, and reports false (with
    /// nothing written) when the database is busy, cannot be written, or is not set up yet.
    /// </summary>
    public bool TryWrite(Action<StoreContext> work)
    {
        if (_within is not null)
        {
            return false;
        }

        if (_server is not null)
        {
            return _server.TryWrite(work);
        }

        if (Attach() is not { } file || _behind)
        {
            return false;
        }

        int timeout = file.DefaultTimeout;
        try
        {
            file.DefaultTimeout = 1;
            file.Execute("PRAGMA busy_timeout = 200");
            Guard(() => Run(file, deferred: false, store =>
            {
                work(store);
                return 0;
            }));
            return true;
        }
        catch (StorageException)
        {
            return false;
        }
        finally
        {
            file.DefaultTimeout = timeout;
            file.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}");
        }
    }

    /// <summary>Changes whenever another connection commits; cheap enough to poll from a UI timer (on SQLite: on PostgreSQL, see <see cref="Listen"/>).</summary>
    public long DataVersion() => _within is not null ? 0 : _server is not null ? ++_serverPolls : Attach() is { } file ? Guard(() => file.ExecuteScalar<long>("PRAGMA data_version")) : 0;

    /// <summary>
    /// On PostgreSQL, calls <paramref name="changed"/> (on another thread) whenever another connection
    /// commits a change of <paramref name="playerId"/>'s couple, and <paramref name="linkChanged"/> when
    /// the server goes away (one sentence why) and comes back (null), until disposed. Null on SQLite,
    /// where <see cref="DataVersion"/> tells.
    /// </summary>
    public IDisposable? Listen(long playerId, Action changed, Action<string?> linkChanged, TimeProvider? time = null) =>
        _server?.Listen(playerId, changed, linkChanged, time ?? TimeProvider.System);

    /// <summary>
    /// Writes a consistent copy to a new file while others keep writing: VACUUM INTO reads one
    /// snapshot. The copy is created private (0600) and never overwrites an existing file.
    /// On PostgreSQL the copy is pg_dump's (<see cref="PgDump"/>).
    /// </summary>
    public void Backup(string target)
    {
        if (_server is not null)
        {
            if (!_server.HoldsGame())
            {
                throw new StorageException($"There is no game in {Display} yet; nothing was backed up.");
            }

            PgDump.Run(FilePath, target);
            return;
        }

        SqliteConnection file = Attach() ?? throw new StorageException($"There is no database at {FilePath} yet; nothing was backed up.");
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new StorageException($"{target} already exists; back up to a new file name so nothing is overwritten.");
        }

        try
        {
            using FileStream _ = NewFile.Create(target, NewFile.Private);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the backup {target}: {e.Message.TrimEnd('.')}.", e);
        }

        try
        {
            Guard(() => file.Execute("VACUUM INTO @target", new { target }));
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    public void Dispose()
    {
        _server?.Dispose();
        DropShadow();
        _file?.Dispose();
    }

    /// <summary>A connection with the game's settings; it never creates the file.</summary>
    internal static SqliteConnection Connect(string path)
    {
        SqliteConnection connection = new(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The file's connection, opened and checked the first time the file is there; null while it does not exist.</summary>
    private SqliteConnection? Attach()
    {
        if (_file is not null || !File.Exists(FilePath))
        {
            return _file;
        }

        SqliteConnection connection = Guard(() => Connect(FilePath));
        try
        {
            _behind = Guard(() => SchemaSetup.Check(connection, FilePath));
            _wal = Guard(() => SchemaSetup.IsWal(connection));
            _file = connection;
            DropShadow();
            return _file;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The file when it is set up; otherwise an in-memory copy brought up to the schema: an empty
    /// game while there is no file, or a fresh copy of a file behind the schema on every read.
    /// </summary>
    private SqliteConnection ReadConnection()
    {
        SqliteConnection? file = Attach();
        if (file is not null && _behind)
        {
            _behind = SchemaSetup.Check(file, FilePath);
            DropShadow();
        }

        if (file is not null && !_behind)
        {
            return file;
        }

        if (_shadow is null)
        {
            _shadow = new SqliteConnection("Data Source=:memory:;Pooling=False");
            _shadow.Open();
            file?.BackupDatabase(_shadow);
            using SqliteTransaction transaction = _shadow.BeginTransaction(deferred: false);
            SchemaSetup.Migrate(_shadow, FilePath, transaction);
            transaction.Commit();
        }

        return _shadow;
    }

    private void DropShadow()
    {
        _shadow?.Dispose();
        _shadow = null;
    }

    private T Run<T>(SqliteConnection connection, bool deferred, Func<StoreContext, T> work, bool migrate = false)
    {
        using SqliteTransaction transaction = connection.BeginTransaction(deferred);
        if (migrate)
        {
            SchemaSetup.Migrate(connection, FilePath, transaction);
        }

        T result = work(new StoreContext(connection, transaction));
        transaction.Commit();
        return result;
    }

    internal T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Describe(e, FilePath);
        }
    }
}
