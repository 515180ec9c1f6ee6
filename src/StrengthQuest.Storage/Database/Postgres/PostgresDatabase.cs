using System.Collections.Concurrent;
using System.Data;
using System.Runtime.ExceptionServices;
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
/// Reads: one REPEATABLE READ snapshot (not declared READ ONLY: that costs each read a round trip).
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    /// <summary>The advisory lock every write holds: "SQGM".</summary>
    internal const long WriteLock = Schema.ApplicationId;
    private const string LockTimeout = "10s";

    private readonly NpgsqlDataSource _source;
    private readonly Lazy<NpgsqlDataSource> _listening;

    /// <summary>
    /// How long after one of this database's own writes a notification from its server process is
    /// taken as that write's echo: long enough for the notification to arrive, far too short for the
    /// process to end and its id to be given to another host's connection.
    /// </summary>
    private static readonly TimeSpan OwnEcho = TimeSpan.FromSeconds(10);

    /// <summary>The server processes of this database's own writes, and when each last committed: what they NOTIFY is news to nobody here.</summary>
    private readonly ConcurrentDictionary<int, long> _writers = new();
    private readonly ConcurrentDictionary<PostgresListener, bool> _listeners = new();
    private bool _behind;

    private PostgresDatabase(NpgsqlConnectionStringBuilder settings, string display)
    {
        // A connection goes back to the pool with nothing of its own to reset (every setting is the
        // transaction's, every lock a transaction's, LISTEN is on the game's separate connection),
        // so no DISCARD ALL before its next use; and nothing here joins System.Transactions.
        // (The settings are this database's own: set here, not copied, as every command starts here.)
        settings.NoResetOnClose = true;
        settings.Enlist = false;
        string connectionString = settings.ConnectionString;
        _source = Source(connectionString);

        // A game's one listening connection: its own, never pooled, and on TCP watched by the
        // kernel's keepalive (a query as keepalive would wake both ends while idle). Built when a
        // game first listens: a command never does.
        _listening = new Lazy<NpgsqlDataSource>(() =>
            Source(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, TcpKeepAlive = true }.ConnectionString));
        Display = display;
        Name = settings.Database ?? settings.Username ?? "postgres";
    }

    internal static NpgsqlDataSource Source(string connectionString)
    {
        NpgsqlSlimDataSourceBuilder builder = new(connectionString);
        // The game uses only PostgreSQL's built-in types, so Npgsql need not read the server's type
        // catalogue on each new connection (~14 ms of server time per command otherwise).
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return builder.Build();
    }

    public string Display { get; }

    /// <summary>The database's name on the server.</summary>
    public string Name { get; }

    /// <summary>A database being opened ahead of its first use.</summary>
    private static Early? _early;

    /// <summary>
    /// Starts opening <paramref name="uri"/> on a thread of its own, so that connecting (the server
    /// starts a process for us and logs us in) overlaps the command's own start-up rather than
    /// following it; the next <see cref="Open"/> of the same address takes the result, errors
    /// included, as if it had opened it itself.
    /// </summary>
    public static void StartOpening(string uri) => Interlocked.Exchange(ref _early, Early.Start(uri))?.Drop();

    public static PostgresDatabase Open(string uri)
    {
        if (Interlocked.Exchange(ref _early, null) is { } early)
        {
            if (early.Uri == uri)
            {
                return early.Take();
            }

            // Opened ahead for an address the command did not use after all.
            early.Drop();
        }

        return OpenNow(uri);
    }

    /// <summary>
    /// One opening ahead: a plain thread, joined (no task: waiting on one would start the thread
    /// pool, whose idle workers spin on the CPU the server needs).
    /// </summary>
    private sealed class Early
    {
        private readonly Lock _gate = new();
        private readonly Thread _opener;
        private PostgresDatabase? _database;
        private ExceptionDispatchInfo? _failure;
        private bool _dropped;

        private Early(string uri)
        {
            Uri = uri;
            _opener = new Thread(Run) { IsBackground = true, Name = "postgres-open" };
        }

        public string Uri { get; }

        public static Early Start(string uri)
        {
            Early early = new(uri);
            early._opener.Start();
            return early;
        }

        public PostgresDatabase Take()
        {
            _opener.Join();
            _failure?.Throw();
            return _database!;
        }

        /// <summary>Closes the database now if it is open, else as soon as it is.</summary>
        public void Drop()
        {
            PostgresDatabase? open;
            lock (_gate)
            {
                _dropped = true;
                open = _database;
            }

            open?.Dispose();
        }

        private void Run()
        {
            try
            {
                PostgresDatabase opened = OpenNow(Uri);
                bool dropped;
                lock (_gate)
                {
                    dropped = _dropped;
                    _database = opened;
                }

                if (dropped)
                {
                    opened.Dispose();
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    private static PostgresDatabase OpenNow(string uri)
    {
        string display = PostgresAddress.Display(uri);
        NpgsqlConnectionStringBuilder settings = PostgresAddress.Parse(uri);
        PostgresDatabase database = new(settings, display);
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

    /// <summary>False for a blank database: opened, but no command has written a game into it yet.</summary>
    public bool HoldsGame() => Guard(() =>
    {
        using NpgsqlConnection connection = _source.OpenConnection();
        return PostgresSchema.HasSchemaTable(connection);
    });

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

    public void Dispose()
    {
        foreach (PostgresListener listener in _listeners.Keys)
        {
            listener.Dispose();
        }

        _source.Dispose();
        if (_listening.IsValueCreated)
        {
            _listening.Value.Dispose();
        }
    }

    /// <summary>Listens for changes of <paramref name="playerId"/>'s couple made by anyone but this database's own writes.</summary>
    public IDisposable Listen(long playerId, Action changed, Action<string?> linkChanged, TimeProvider time)
    {
        PostgresListener listener = new(this, PostgresListener.ChannelOf(playerId), pid =>
        {
            if (!_writers.TryGetValue(pid, out long wrote) || TimeProvider.System.GetElapsedTime(wrote) > OwnEcho)
            {
                changed();
            }
        }, linkChanged, time);
        _listeners.TryAdd(listener, true);
        return new Stopping(() =>
        {
            _listeners.TryRemove(listener, out _);
            listener.Dispose();
        });
    }

    private sealed class Stopping(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }

    internal ValueTask<NpgsqlConnection> OpenListening(CancellationToken stop) => _listening.Value.OpenConnectionAsync(stop);

    /// <summary>The server went away or came back: pooled connections are dead, and their process ids mean nothing now.</summary>
    internal void ForgetConnections()
    {
        _source.Clear();
        _writers.Clear();
    }

    private T RunWrite<T>(string lockTimeout, Func<StoreContext, T> work)
    {
        using NpgsqlConnection connection = _source.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        // One round trip: the timeout is set (for this transaction) before the lock is waited for —
        // a materialized CTE is evaluated before the query that reads it.
        connection.Execute(
            "WITH timeout AS MATERIALIZED (SELECT set_config('lock_timeout', @lockTimeout, true) AS setting) SELECT pg_advisory_xact_lock(@key) FROM timeout",
            new { lockTimeout, key = WriteLock },
            transaction);
        if (_behind)
        {
            PostgresSchema.Migrate(connection, Display, transaction);
        }

        T result = work(new StoreContext(connection, transaction, onPostgres: true));
        _writers[connection.ProcessID] = TimeProvider.System.GetTimestamp();
        try
        {
            transaction.Commit();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            // The server may have committed before the connection went: "nothing was saved" could be false.
            throw PostgresErrors.CommitLost(e, Display);
        }

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
        catch (FormatException e) when (e.Message.StartsWith("pgpass entry", StringComparison.Ordinal))
        {
            // Npgsql reads the password file when the server asks for a password, and gives up on a malformed line.
            throw PostgresErrors.PasswordFile(Display, e);
        }
    }
}
