using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Players;

namespace StrengthQuest.Storage.Doors;

/// <summary>One of a player's public keys, by fingerprint.</summary>
public sealed record PlayerKey(string Fingerprint, DateTimeOffset AddedAt, DateTimeOffset? LastUsedAt);

/// <summary>
/// Which player each public key plays as. Only the game writes here — for the key in use, after a
/// sign-up or a device code — or the operator; nothing a client sends names a key to add.
/// </summary>
public sealed class KeyStore
{
    private readonly StoreContext _context;

    internal KeyStore(StoreContext context) => _context = context;

    /// <summary>The player the key belongs to, or null for a key new to this host.</summary>
    public Player? Owner(string fingerprint) =>
        _context.Connection.QueryFirstOrDefault<PlayerStore.PlayerRow>(
            $"SELECT {PlayerStore.Columns} FROM players WHERE id = (SELECT player_id FROM player_keys WHERE fingerprint = @fingerprint)",
            new { fingerprint },
            _context.Transaction)?.ToPlayer();

    public void Add(Player player, string fingerprint, DateTimeOffset at) =>
        _context.Connection.Execute(
            "INSERT INTO player_keys (fingerprint, player_id, added_at, last_used_at) VALUES (@fingerprint, @id, @at, @at)",
            new { fingerprint, id = player.Id, at = Timestamps.Format(at) },
            _context.Transaction);

    /// <summary>The player's keys, oldest first.</summary>
    public IReadOnlyList<PlayerKey> Of(Player player) =>
        [
            .. _context.Connection.Query<KeyRow>(
                "SELECT fingerprint AS Fingerprint, added_at AS AddedAt, last_used_at AS LastUsedAt FROM player_keys WHERE player_id = @id ORDER BY added_at, fingerprint",
                new { id = player.Id },
                _context.Transaction)
                .Select(r => new PlayerKey(r.Fingerprint, Timestamps.ParseInstant(r.AddedAt), r.LastUsedAt is { } used ? Timestamps.ParseInstant(used) : null)),
        ];

    /// <summary>Removes one of the player's keys; false when the player has no such key.</summary>
    public bool Remove(Player player, string fingerprint) =>
        _context.Connection.Execute(
            "DELETE FROM player_keys WHERE player_id = @id AND fingerprint = @fingerprint", new { id = player.Id, fingerprint }, _context.Transaction) > 0;

    /// <summary>Notes the key was used, at most once a minute (a login need not always write).</summary>
    public void Used(string fingerprint, DateTimeOffset at) =>
        _context.Connection.Execute(
            "UPDATE player_keys SET last_used_at = @at WHERE fingerprint = @fingerprint AND (last_used_at IS NULL OR last_used_at < @before)",
            new { fingerprint, at = Timestamps.Format(at), before = Timestamps.Format(at.AddMinutes(-1)) },
            _context.Transaction);

    internal sealed class KeyRow
    {
        public string Fingerprint { get; set; } = "";

        public string AddedAt { get; set; } = "";

        public string? LastUsedAt { get; set; }
    }
}
