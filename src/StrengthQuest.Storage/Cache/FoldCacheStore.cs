using Dapper;
using System.Data;
using System.Data.Common;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Cache;

/// <summary>
/// Fold snapshots per (player, partner, rules). A cache in the strict sense: deleting every row
/// changes no result, only how long the next evaluation takes.
/// </summary>
public sealed class FoldCacheStore
{
    private readonly StoreContext _context;

    internal FoldCacheStore(StoreContext context) => _context = context;

    /// <summary>The catalog, the engine and the snapshot format: a change in any makes old rows unreadable by key.</summary>
    public static string RulesKey(GameCatalog catalog) => $"{catalog.Fingerprint}-e{FoldSnapshot.EngineVersion}-f{FoldSnapshotCodec.Format}";

    public FoldSnapshot? Find(Player me, Player? partner, GameCatalog catalog)
    {
        using DbCommand query = _context.Connection.CreateCommand();
        query.Transaction = _context.Transaction;
        query.CommandText = "SELECT state FROM fold_cache WHERE me_id = @me AND partner_id = @partner AND rules_key = @key";
        Add(query, "@me", me.Id);
        Add(query, "@partner", partner?.Id ?? 0);
        Add(query, "@key", RulesKey(catalog));
        // Anything but a blob (a row from before blobs, say) is no snapshot either.
        object? state = query.ExecuteScalar();
        return state is byte[] bytes ? FoldSnapshotCodec.Decode(bytes) : null;
    }

    public void Save(Player me, Player? partner, GameCatalog catalog, FoldSnapshot snapshot)
    {
        long partnerId = partner?.Id ?? 0;
        string key = RulesKey(catalog);
        // Rows under an older key (another catalog, engine or format) can never be read again.
        _context.Connection.Execute(
            "DELETE FROM fold_cache WHERE me_id = @me AND partner_id = @partnerId AND rules_key <> @key",
            new { me = me.Id, partnerId, key },
            _context.Transaction);

        // Plain ADO.NET for the blob, here and in Find: through Dapper.AOT a byte[] parameter went in
        // as a list of values ("row value misused"), and a non-blob row read back threw.
        using DbCommand insert = _context.Connection.CreateCommand();
        insert.Transaction = _context.Transaction;
        insert.CommandText = _context.OnPostgres
            ? """
              INSERT INTO fold_cache (me_id, partner_id, rules_key, through_day, state) VALUES (@me, @partner, @key, @day, @state)
              ON CONFLICT (me_id, partner_id, rules_key) DO UPDATE SET through_day = excluded.through_day, state = excluded.state
              """
            : "INSERT OR REPLACE INTO fold_cache (me_id, partner_id, rules_key, through_day, state) VALUES (@me, @partner, @key, @day, @state)";
        Add(insert, "@me", me.Id);
        Add(insert, "@partner", partnerId);
        Add(insert, "@key", key);
        Add(insert, "@day", Timestamps.Format(snapshot.ThroughDay));
        Add(insert, "@state", FoldSnapshotCodec.Encode(snapshot), DbType.Binary);
        insert.ExecuteNonQuery();
    }

    private static void Add(DbCommand command, string name, object value, DbType? type = null)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (type is { } dbType)
        {
            parameter.DbType = dbType;
        }

        command.Parameters.Add(parameter);
    }

    /// <summary>A session of <paramref name="playerId"/> on <paramref name="day"/> changes every snapshot through that day that involves them.</summary>
    internal void Invalidate(long playerId, DateOnly day) =>
        _context.Connection.Execute(
            "DELETE FROM fold_cache WHERE (me_id = @playerId OR partner_id = @playerId) AND through_day >= @day",
            new { playerId, day = Timestamps.Format(day) },
            _context.Transaction);

    /// <summary>Drops every snapshot that involves the player (they are rebuilt on the next evaluation).</summary>
    public void Forget(Player player) => Invalidate(player.Id, DateOnly.MinValue);
}
