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

/// <summary>Nudges, presence and the couple's change counter: what partners tell each other outside the game's rules.</summary>
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

    /// <summary>
    /// Marks <paramref name="player"/> as in the game in <paramref name="game"/> (one row per open
    /// game; a player may have several). Rows this player's games left behind when they died go too.
    /// </summary>
    public void Enter(Player player, GameProcess game, DateTimeOffset at)
    {
        foreach (PresenceRow row in Rows(player).Where(r => !r.Process.IsRunning()))
        {
            Leave(player, row.Process);
        }

        _context.Connection.Execute(
            _context.OnPostgres
                ? """
                  DELETE FROM presence WHERE player_id = @id AND host = @host AND pid = @pid;
                  INSERT INTO presence (player_id, host, pid, started, entered_at) VALUES (@id, @host, @pid, @started, @at);
                  """
                : "INSERT OR REPLACE INTO presence (player_id, host, pid, started, entered_at) VALUES (@id, @host, @pid, @started, @at)",
            new { id = player.Id, host = game.Host, pid = game.Pid, started = game.Started, at = Timestamps.Format(at) },
            _context.Transaction);
    }

    public void Leave(Player player, GameProcess game) =>
        _context.Connection.Execute(
            "DELETE FROM presence WHERE player_id = @id AND host = @host AND pid = @pid",
            new { id = player.Id, host = game.Host, pid = game.Pid },
            _context.Transaction);

    /// <summary>The games <paramref name="player"/> has open now (checked on this host, without writing).</summary>
    public IReadOnlyList<GameProcess> Games(Player player) => [.. Rows(player).Select(r => r.Process).Where(p => p.IsRunning())];

    /// <summary>Since when <paramref name="player"/> has been in a game that is still open; null when in none.</summary>
    public DateTimeOffset? SeenAt(Player player) =>
        Rows(player).Where(r => r.Process.IsRunning()).Select(r => (DateTimeOffset?)Timestamps.ParseInstant(r.EnteredAt)).Min();

    /// <summary>
    /// Moves whenever anything <paramref name="player"/>'s couple shows changes (the schema's
    /// triggers keep it in every writing transaction); 0 before the first such change.
    /// </summary>
    public long CoupleVersion(Player player) =>
        _context.Connection.ExecuteScalar<long>(
            "SELECT coalesce((SELECT version FROM couple_changes WHERE player_id = @id), 0)", new { id = player.Id }, _context.Transaction);

    private IEnumerable<PresenceRow> Rows(Player player) =>
        _context.Connection.Query<PresenceRow>(
            "SELECT host AS Host, pid AS Pid, started AS Started, entered_at AS EnteredAt FROM presence WHERE player_id = @id",
            new { id = player.Id },
            _context.Transaction);   // buffered: a list already

    internal sealed class NudgeRow
    {
        public long Id { get; set; }

        public string FromHandle { get; set; } = "";

        public string SentAt { get; set; } = "";

        public string? SeenAt { get; set; }
    }

    internal sealed class PresenceRow
    {
        public string Host { get; set; } = "";

        public long Pid { get; set; }

        public long Started { get; set; }

        public string EnteredAt { get; set; } = "";

        public GameProcess Process => new(Host, (int)Pid, Started);
    }
}
