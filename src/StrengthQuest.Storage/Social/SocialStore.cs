using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Social;

/// <summary>A nudge from one partner to the other; seen once the partner's game has shown it.</summary>
public sealed record Nudge(string From, DateTimeOffset SentAt)
{
    public long Id { get; init; }

    public DateTimeOffset? SeenAt { get; init; }
}

/// <summary>Nudges and presence: what partners tell each other outside the game's rules.</summary>
public sealed class SocialStore
{
    private readonly StoreContext _context;

    internal SocialStore(StoreContext context) => _context = context;

    public void Nudge(Player from, Player to, DateTimeOffset at) =>
        _context.Connection.Execute(
            "INSERT INTO nudges (from_player, to_player, sent_at) VALUES (@from, @to, @at)",
            new { from = from.Id, to = to.Id, at = Timestamps.Format(at) },
            _context.Transaction);

    /// <summary>The latest nudge sent to <paramref name="player"/>, if any.</summary>
    public Nudge? LatestTo(Player player)
    {
        NudgeRow? row = _context.Connection.QueryFirstOrDefault<NudgeRow>(
            "SELECT n.id AS Id, p.handle AS FromHandle, n.sent_at AS SentAt, n.seen_at AS SeenAt FROM nudges n JOIN players p ON p.id = n.from_player WHERE n.to_player = @id ORDER BY n.sent_at DESC, n.id DESC LIMIT 1",
            new { id = player.Id },
            _context.Transaction);
        return row is null
            ? null
            : new Nudge(row.FromHandle, Timestamps.ParseInstant(row.SentAt)) { Id = row.Id, SeenAt = row.SeenAt is { } seen ? Timestamps.ParseInstant(seen) : null };
    }

    /// <summary>The partner's game showed the nudge: the notify command need not send it.</summary>
    public void Seen(long nudgeId, DateTimeOffset at) =>
        _context.Connection.Execute(
            "UPDATE nudges SET seen_at = @at WHERE id = @nudgeId AND seen_at IS NULL",
            new { nudgeId, at = Timestamps.Format(at) },
            _context.Transaction);

    /// <summary>When <paramref name="player"/> last sent a nudge.</summary>
    public DateTimeOffset? LastSentBy(Player player)
    {
        string? at = _context.Connection.QueryFirstOrDefault<string>(
            "SELECT max(sent_at) FROM nudges WHERE from_player = @id", new { id = player.Id }, _context.Transaction);
        return at is null ? null : Timestamps.ParseInstant(at);
    }

    public void SeenNow(Player player, DateTimeOffset at) =>
        _context.Connection.Execute(
            "INSERT OR REPLACE INTO presence (player_id, seen_at) VALUES (@id, @at)",
            new { id = player.Id, at = Timestamps.Format(at) },
            _context.Transaction);

    public void Left(Player player) =>
        _context.Connection.Execute("DELETE FROM presence WHERE player_id = @id", new { id = player.Id }, _context.Transaction);

    public DateTimeOffset? SeenAt(Player player)
    {
        string? at = _context.Connection.QueryFirstOrDefault<string>(
            "SELECT seen_at FROM presence WHERE player_id = @id", new { id = player.Id }, _context.Transaction);
        return at is null ? null : Timestamps.ParseInstant(at);
    }

    internal sealed class NudgeRow
    {
        public long Id { get; set; }

        public string FromHandle { get; set; } = "";

        public string SentAt { get; set; } = "";

        public string? SeenAt { get; set; }
    }
}
