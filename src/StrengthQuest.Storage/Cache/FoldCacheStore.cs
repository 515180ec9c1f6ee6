using Dapper;
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
        using DbCommand query = AdoCommand.Create(_context, "SELECT state FROM fold_cache WHERE me_id = @me AND partner_id = @partner AND rules_key = @key")
            .With("@me", me.Id)
            .With("@partner", partner?.Id ?? 0)
            .With("@key", RulesKey(catalog));
        // Anything but a blob (a row from before blobs, say) is no snapshot either.
        object? state = query.ExecuteScalar();
        return state is byte[] bytes ? FoldSnapshotCodec.Decode(bytes) : null;
    }

    public void Save(Player me, Player? partner, GameCatalog catalog, FoldSnapshot snapshot)
    {
        // One statement on PostgreSQL (one round trip), one command of two on SQLite: rows under an
        // older key (another catalog, engine or format) can never be read again and go; this key's
        // row is put in. Plain ADO.NET for the blob, here and in Find: through Dapper.AOT a byte[]
        // parameter went in as a list of values ("row value misused"), and a non-blob row read back threw.
        const string Stale = "DELETE FROM fold_cache WHERE me_id = @me AND partner_id = @partner AND rules_key <> @key";
        const string Put = "INTO fold_cache (me_id, partner_id, rules_key, through_day, state) VALUES (@me, @partner, @key, @day, @state)";
        using DbCommand save = AdoCommand.Create(
                _context,
                _context.OnPostgres
                    ? $"WITH stale AS ({Stale}) INSERT {Put} ON CONFLICT (me_id, partner_id, rules_key) DO UPDATE SET through_day = excluded.through_day, state = excluded.state"
                    : $"{Stale};\nINSERT OR REPLACE {Put}")
            .With("@me", me.Id)
            .With("@partner", partner?.Id ?? 0)
            .With("@key", RulesKey(catalog))
            .With("@day", Timestamps.Format(snapshot.ThroughDay))
            .With("@state", FoldSnapshotCodec.Encode(snapshot));
        save.ExecuteNonQuery();
    }

    /// <summary>What <see cref="Invalidate"/> runs, for a command that does it with more (parameters @playerId and @day).</summary>
    internal const string InvalidateSql = "DELETE FROM fold_cache WHERE (me_id = @playerId OR partner_id = @playerId) AND through_day >= @day";

    /// <summary>A session of <paramref name="playerId"/> on <paramref name="day"/> changes every snapshot through that day that involves them.</summary>
    internal void Invalidate(long playerId, DateOnly day) =>
        _context.Connection.Execute(InvalidateSql, new { playerId, day = Timestamps.Format(day) }, _context.Transaction);

    /// <summary>Drops every snapshot that involves the player (they are rebuilt on the next evaluation).</summary>
    public void Forget(Player player) => Invalidate(player.Id, DateOnly.MinValue);
}
