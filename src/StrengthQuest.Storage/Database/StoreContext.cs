using Dapper;
using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Cache;
using StrengthQuest.Storage.Doors;
using StrengthQuest.Storage.Drafts;
using StrengthQuest.Storage.Players;
using StrengthQuest.Storage.Sessions;
using StrengthQuest.Storage.Social;

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
        FoldCache = new FoldCacheStore(this);
        Social = new SocialStore(this);
        Training = new TrainingStore(this);
        Notifications = new NotificationStore(this);
        Drafts = new DraftStore(this);

        Keys = new KeyStore(this);
        Codes = new CodeStore(this);
        Board = new BoardStore(this);
    }

    public PlayerStore Players { get; }

    public SessionStore Sessions { get; }

    public FoldCacheStore FoldCache { get; }

    public SocialStore Social { get; }

    public TrainingStore Training { get; }

    public NotificationStore Notifications { get; }

    public DraftStore Drafts { get; }

    public KeyStore Keys { get; }

    public CodeStore Codes { get; }

    public BoardStore Board { get; }

    /// <summary>PRAGMA data_version: moves when another connection has committed since this one last looked.</summary>
    public long DataVersion() => Connection.ExecuteScalar<long>("PRAGMA data_version", transaction: Transaction);

    internal SqliteConnection Connection { get; }

    internal SqliteTransaction Transaction { get; }
}
