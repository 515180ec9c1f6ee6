using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Social;

/// <summary>
/// What the host's notify command has sent: one row per player, kind (reminder, nudge) and key
/// (a game day, a nudge). Claimed in the transaction that decides to send; released if sending fails.
/// </summary>
public sealed class NotificationStore
{
    private readonly StoreContext _context;

    internal NotificationStore(StoreContext context) => _context = context;

    public bool WasSent(Player player, string kind, string key) =>
        _context.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM notifications WHERE player_id = @id AND kind = @kind AND key = @key",
            new { id = player.Id, kind, key },
            _context.Transaction) > 0;

    /// <summary>Records the notification as sent; false when it already was.</summary>
    public bool Claim(Player player, string kind, string key, DateTimeOffset at) =>
        _context.Connection.Execute(
            _context.OnPostgres
                ? "INSERT INTO notifications (player_id, kind, key, sent_at) VALUES (@id, @kind, @key, @at) ON CONFLICT DO NOTHING"
                : "INSERT OR IGNORE INTO notifications (player_id, kind, key, sent_at) VALUES (@id, @kind, @key, @at)",
            new { id = player.Id, kind, key, at = Timestamps.Format(at) },
            _context.Transaction) == 1;

    /// <summary>Forgets a claim whose sending failed, so the next run tries again.</summary>
    public void Release(Player player, string kind, string key) =>
        _context.Connection.Execute(
            "DELETE FROM notifications WHERE player_id = @id AND kind = @kind AND key = @key",
            new { id = player.Id, kind, key },
            _context.Transaction);
}
