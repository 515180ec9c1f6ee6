using System.Net.Sockets;
using Npgsql;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>Turns what Npgsql and the server report into one sentence a player or operator can act on.</summary>
internal static class PostgresErrors
{
    public static StorageException Describe(NpgsqlException e, string display) => new(
        e is PostgresException p ? Server(p, display) : Connection(e, display),
        e);

    /// <summary>The connection went while the server was committing: whether the write was saved is not known.</summary>
    public static StorageException CommitLost(NpgsqlException e, string display) => new(
        $"Lost the connection to PostgreSQL at {display} while it was saving ({Trim(e.InnerException?.Message ?? e.Message)}); whether it was saved is not known until the server answers again.",
        e)
    {
        CommitInDoubt = true,
    };

    /// <summary>The password file has a line Npgsql cannot read (psql skips such lines; Npgsql stops at them).</summary>
    public static StorageException PasswordFile(string display, FormatException e) => new(
        $"The password file (PGPASSFILE, else ~/.pgpass) has a line that is not host:port:database:user:password, so the password for {display} could not be read: mend or remove that line; nothing was saved.",
        e);

    private static string Server(PostgresException e, string display) => e.SqlState switch
    {
        PostgresErrorCodes.InvalidPassword => $"PostgreSQL at {display} refused the password (check the address, PGPASSWORD or ~/.pgpass); nothing was saved.",
        PostgresErrorCodes.InvalidAuthorizationSpecification => $"PostgreSQL at {display} refused the login ({Trim(e.MessageText)}); nothing was saved.",
        PostgresErrorCodes.InvalidCatalogName => $"The database in {display} does not exist on that server (create it with createdb); nothing was saved.",
        PostgresErrorCodes.InsufficientPrivilege => $"PostgreSQL at {display} did not allow this ({Trim(e.MessageText)}); nothing was saved.",
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable =>
            $"The database {display} stayed busy with another writer; nothing was saved, try again.",
        PostgresErrorCodes.DiskFull => $"The disk of the PostgreSQL server at {display} is full; nothing was saved.",
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown =>
            $"The PostgreSQL server at {display} ended the connection (it is stopping, or an operator ended it); nothing was saved, try again.",
        PostgresErrorCodes.CannotConnectNow => $"The PostgreSQL server at {display} is starting up or shutting down; nothing was saved, try again.",
        PostgresErrorCodes.TooManyConnections => $"The PostgreSQL server at {display} has too many connections; nothing was saved, try again.",
        _ => $"PostgreSQL at {display} reported an error: {Trim(e.MessageText)}; nothing was saved.",
    };

    private static string Connection(NpgsqlException e, string display) => e.InnerException switch
    {
        // .NET words a unix socket that is not there (ENOENT) as "Cannot assign requested address".
        SocketException { SocketErrorCode: SocketError.AddressNotAvailable } missing when missing.Message.Contains("/.s.PGSQL.", StringComparison.Ordinal) =>
            $"Cannot reach PostgreSQL at {display} (no server is listening on that unix socket: is it running, with that folder and port?); nothing was saved.",
        SocketException or IOException when e.InnerException?.Message is { } message =>
            $"Cannot reach PostgreSQL at {display} ({Trim(message)}); nothing was saved.",
        TimeoutException => $"PostgreSQL at {display} did not answer in time; nothing was saved.",
        _ => $"Lost or could not open the connection to PostgreSQL at {display} ({Trim(e.Message)}); nothing was saved.",
    };

    private static string Trim(string message) => message.Trim().TrimEnd('.');
}
