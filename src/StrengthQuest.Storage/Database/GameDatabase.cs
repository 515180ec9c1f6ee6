using Dapper;
using Microsoft.Data.Sqlite;

namespace StrengthQuest.Storage.Database;

/// <summary>
/// One open StrengthQuest database. Opening checks what the file is before anything is written:
/// a foreign, damaged or newer file is refused and left untouched. Every write is one
/// BEGIN IMMEDIATE transaction; reads see one consistent snapshot.
/// </summary>
public sealed class GameDatabase : IDisposable
{
    private const int BusyTimeoutMs = 10_000;
    private readonly SqliteConnection _connection;

    private GameDatabase(string path, SqliteConnection connection)
    {
        FilePath = path;
        _connection = connection;
    }

    public string FilePath { get; }

    public static GameDatabase Open(string path)
    {
        CreateIfMissing(path);
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
            connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}");
            Prepare(connection, path);
            connection.Execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            return new GameDatabase(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteErrors.Describe(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on one read snapshot.</summary>
    public T Read<T>(Func<StoreContext, T> work) => Run(deferred: true, work);

    /// <summary>Runs <paramref name="work"/> as one BEGIN IMMEDIATE transaction: all of it is saved, or none.</summary>
    public T Write<T>(Func<StoreContext, T> work) => Run(deferred: false, work);

    /// <summary>
    /// A write that may be skipped: waits at most a moment for the lock, and reports false (with
    /// nothing written) when the database is busy or cannot be written.
    /// </summary>
    public bool TryWrite(Action<StoreContext> work)
    {
        int timeout = _connection.DefaultTimeout;
        try
        {
            _connection.DefaultTimeout = 1;
            _connection.Execute("PRAGMA busy_timeout = 200");
            Run(deferred: false, store =>
            {
                work(store);
                return 0;
            });
            return true;
        }
        catch (StorageException)
        {
            return false;
        }
        finally
        {
            _connection.DefaultTimeout = timeout;
            _connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMs}");
        }
    }

    /// <summary>Changes whenever another connection commits; cheap enough to poll from a UI timer.</summary>
    public long DataVersion() => Guard(() => _connection.ExecuteScalar<long>("PRAGMA data_version"));

    /// <summary>
    /// Writes a consistent copy to a new file while others keep writing: VACUUM INTO reads one
    /// snapshot. The copy is created private (0600) and never overwrites an existing file.
    /// </summary>
    public void Backup(string target)
    {
        if (File.Exists(target))
        {
            throw new StorageException($"{target} already exists; back up to a new file name so nothing is overwritten.");
        }

        try
        {
            using FileStream _ = OperatingSystem.IsWindows()
                ? new FileStream(target, FileMode.CreateNew, FileAccess.Write)
                : new FileStream(target, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the backup {target}: {e.Message.TrimEnd('.')}.", e);
        }

        try
        {
            Guard(() => _connection.Execute("VACUUM INTO @target", new { target }));
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    public void Dispose() => _connection.Dispose();

    internal SqliteConnection Connection => _connection;

    private T Run<T>(bool deferred, Func<StoreContext, T> work) => Guard(() =>
    {
        using SqliteTransaction transaction = _connection.BeginTransaction(deferred);
        T result = work(new StoreContext(_connection, transaction));
        transaction.Commit();
        return result;
    });

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

    private static void CreateIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        try
        {
            string? folder = Path.GetDirectoryName(path);
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder ?? ".");
                using FileStream plain = new(path, FileMode.CreateNew, FileAccess.Write);
                return;
            }

            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            // Never world-readable: 0660 before the umask; SQLite gives -wal and -shm the same mode.
            using FileStream created = new(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: fine.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the database {path}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    private static void Prepare(SqliteConnection connection, string path)
    {
        FileShape shape = Inspect(connection);
        if (shape.ApplicationId != Schema.ApplicationId && !shape.IsBlank)
        {
            throw new StorageException($"{path} is not a StrengthQuest database; it was left untouched.");
        }

        if (shape.UserVersion > Schema.CurrentVersion)
        {
            throw new StorageException(
                $"{path} was written by a newer StrengthQuest (schema {shape.UserVersion}; this one knows up to {Schema.CurrentVersion}); it was left untouched — upgrade StrengthQuest.");
        }

        if (!string.Equals(connection.ExecuteScalar<string>("PRAGMA journal_mode"), "wal", StringComparison.OrdinalIgnoreCase))
        {
            connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
        }

        if (shape.UserVersion < Schema.CurrentVersion)
        {
            Migrate(connection, path);
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        FileShape shape = Inspect(connection, transaction);
        if (shape.ApplicationId != Schema.ApplicationId && !shape.IsBlank)
        {
            throw new StorageException($"{path} is not a StrengthQuest database; it was left untouched.");
        }

        for (int version = shape.UserVersion; version < Schema.CurrentVersion; version++)
        {
            connection.Execute(Schema.Migrations[version], transaction: transaction);
        }

        connection.Execute($"PRAGMA application_id = {Schema.ApplicationId}; PRAGMA user_version = {Schema.CurrentVersion};", transaction: transaction);
        transaction.Commit();
    }

    private static FileShape Inspect(SqliteConnection connection, SqliteTransaction? transaction = null) => new(
        connection.ExecuteScalar<int>("PRAGMA application_id", transaction: transaction),
        connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction),
        connection.ExecuteScalar<int>("SELECT count(*) FROM sqlite_schema", transaction: transaction));

    private readonly record struct FileShape(int ApplicationId, int UserVersion, int Objects)
    {
        /// <summary>An empty SQLite file (or a new one): ours to set up.</summary>
        public bool IsBlank => ApplicationId == 0 && UserVersion == 0 && Objects == 0;
    }
}

