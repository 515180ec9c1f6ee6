using System.Data;
using Dapper;
using Npgsql;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>
/// The game's database on a PostgreSQL server. Opening connects and checks what the database is,
/// writing nothing: another application's or a newer schema is refused untouched. A blank or older
/// database is read through the migration inside a transaction that is rolled back, and migrated
/// by its first write, in that write's transaction.
/// Writes: one READ COMMITTED transaction each, after a transaction-scoped advisory lock that lets
/// one write run at a time (as SQLite's BEGIN IMMEDIATE does), so every rule sees the latest history
/// and two hosts logging the same player's check-ins at once never lose one or pass the daily cap.
/// Reads: one REPEATABLE READ, READ ONLY snapshot.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    /// <summary>The advisory lock every write holds: "SQGM".</summary>
    internal const long WriteLock = Schema.ApplicationId;
    private const string LockTimeout = "10s";

    private readonly NpgsqlDataSource _source;
    private bool _behind;

    private PostgresDatabase(NpgsqlDataSource source, string display, string name)
    {
        _source = source;
        Display = display;
        Name = name;
    }

    public string Display { get; }

    /// <summary>The database's name on the server.</summary>
    public string Name { get; }

    public static PostgresDatabase Open(string uri)
    {
        string display = PostgresAddress.Display(uri);
        NpgsqlConnectionStringBuilder settings = PostgresAddress.Parse(uri);
        PostgresDatabase database = new(new NpgsqlSlimDataSourceBuilder(settings.ConnectionString).Build(), display, settings.Database ?? settings.Username ?? "postgres");
        try
        {
            database._behind = database.Guard(() =>
            {
                using NpgsqlConnection connection = database._source.OpenConnection();
                return PostgresSchema.Check(connection, display);
            });
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public T Read<T>(Func<StoreContext, T> work) => Guard(() =>
    {
        using NpgsqlConnection connection = _source.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        bool migrated = false;
        if (_behind && (_behind = PostgresSchema.Check(connection, Display, transaction)))
        {
            PostgresSchema.Migrate(connection, Display, transaction);
            migrated = true;
        }
        else
        {
            connection.Execute("SET TRANSACTION READ ONLY", transaction: transaction);
        }

        T result = work(new StoreContext(connection, transaction, onPostgres: true));
        if (migrated)
        {
            transaction.Rollback();
        }
        else
        {
            transaction.Commit();
        }

        return result;
    });

    public T Write<T>(Func<StoreContext, T> work) => Guard(() => RunWrite(LockTimeout, work));

    /// <summary>A write that may be skipped: false (nothing written) when another writer holds the lock for more than a moment, or the schema is behind.</summary>
    public bool TryWrite(Action<StoreContext> work)
    {
        if (_behind)
        {
            return false;
        }

        try
        {
            Guard(() => RunWrite("200ms", store =>
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
    }

    public void Dispose() => _source.Dispose();

    private T RunWrite<T>(string lockTimeout, Func<StoreContext, T> work)
    {
        using NpgsqlConnection connection = _source.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        connection.Execute($"SET LOCAL lock_timeout = '{lockTimeout}'", transaction: transaction);
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriteLock }, transaction);
        if (_behind)
        {
            PostgresSchema.Migrate(connection, Display, transaction);
        }

        T result = work(new StoreContext(connection, transaction, onPostgres: true));
        transaction.Commit();
        _behind = false;
        return result;
    }

    internal T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (NpgsqlException e)
        {
            throw PostgresErrors.Describe(e, Display);
        }
    }
}
