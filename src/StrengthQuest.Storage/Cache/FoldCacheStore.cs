using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
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

    public static string RulesKey(GameCatalog catalog) => $"{catalog.Fingerprint}-e{FoldSnapshot.EngineVersion}";

    public FoldSnapshot? Find(Player me, Player? partner, GameCatalog catalog)
    {
        string? state = _context.Connection.QueryFirstOrDefault<string>(
            "SELECT state FROM fold_cache WHERE me_id = @me AND partner_id = @partner AND rules_key = @key",
            new { me = me.Id, partner = partner?.Id ?? 0, key = RulesKey(catalog) },
            _context.Transaction);
        if (state is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(state, FoldCacheJson.Default.FoldSnapshot);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(Player me, Player? partner, GameCatalog catalog, FoldSnapshot snapshot)
    {
        string state = JsonSerializer.Serialize(snapshot, FoldCacheJson.Default.FoldSnapshot);
        _context.Connection.Execute(
            "INSERT OR REPLACE INTO fold_cache (me_id, partner_id, rules_key, through_day, state) VALUES (@me, @partner, @key, @day, @state)",
            new { me = me.Id, partner = partner?.Id ?? 0, key = RulesKey(catalog), day = Timestamps.Format(snapshot.ThroughDay), state },
            _context.Transaction);
    }

    /// <summary>A session of <paramref name="playerId"/> on <paramref name="day"/> changes every snapshot through that day that involves them.</summary>
    internal void Invalidate(long playerId, DateOnly day) =>
        _context.Connection.Execute(
            "DELETE FROM fold_cache WHERE (me_id = @playerId OR partner_id = @playerId) AND through_day >= @day",
            new { playerId, day = Timestamps.Format(day) },
            _context.Transaction);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FoldSnapshot))]
internal sealed partial class FoldCacheJson : JsonSerializerContext;
