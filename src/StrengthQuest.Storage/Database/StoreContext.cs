using Dapper;
using System.Data.Common;
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
    internal StoreContext(DbConnection connection, DbTransaction transaction, bool onPostgres = false)
    {
        Connection = connection;
        Transaction = transaction;
        OnPostgres = onPostgres;
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

    /// <summary>
    /// After many rows arrive at once (an import): on PostgreSQL, refreshes the planner's statistics
    /// of the history tables, as an operator would after a bulk load, so the next reads use the
    /// indexes rather than scanning every entry until autovacuum gets round to it. SQLite's planner
    /// needs no statistics for these queries.
    /// </summary>
    public void AfterBulkLoad()
    {
        if (OnPostgres)
        {
            Connection.Execute("ANALYZE sessions, entries", transaction: Transaction);
        }
    }

    internal DbConnection Connection { get; }

    internal DbTransaction Transaction { get; }

    /// <summary>The few statements whose SQL differs between the engines choose by this.</summary>
    internal bool OnPostgres { get; }
}
