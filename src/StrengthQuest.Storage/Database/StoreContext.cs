using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Players;
using StrengthQuest.Storage.Sessions;

namespace StrengthQuest.Storage.Database;

/// <summary>One unit of work: the stores, all on the same connection and transaction.</summary>
public sealed class StoreContext
{
    internal StoreContext(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
        Players = new PlayerStore(this);
        Sessions = new SessionStore(this);
    }

    public PlayerStore Players { get; }

    public SessionStore Sessions { get; }

    internal SqliteConnection Connection { get; }

    internal SqliteTransaction Transaction { get; }
}
