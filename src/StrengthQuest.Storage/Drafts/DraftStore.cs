using Dapper;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Drafts;

/// <summary>Each player's check-in in progress: at most one, shared by all their connections.</summary>
public sealed class DraftStore
{
    private readonly StoreContext _context;

    internal DraftStore(StoreContext context) => _context = context;

    public KeptDraft? Find(Player player)
    {
        DraftRow? row = _context.Connection.QueryFirstOrDefault<DraftRow>(
            "SELECT revision AS Revision, saved_at AS SavedAt, state AS State FROM drafts WHERE player_id = @id",
            new { id = player.Id },
            _context.Transaction);
        return row is not null && DraftCodec.Decode(row.State) is { } draft
            ? new KeptDraft(draft, row.Revision, Timestamps.ParseInstant(row.SavedAt))
            : null;
    }

    /// <summary>
    /// Keeps the draft when the one stored is still the one the caller last kept (revision
    /// <paramref name="expected"/>, 0 for none): returns its new revision. Null when another
    /// connection kept, saved or discarded it since — the caller reads what is there instead of
    /// overwriting it, so a player never has two check-ins in progress.
    /// </summary>
    public long? Save(Player player, Draft draft, DateTimeOffset at, long expected)
    {
        long stored = _context.Connection.ExecuteScalar<long?>(
            "SELECT revision FROM drafts WHERE player_id = @id", new { id = player.Id }, _context.Transaction) ?? 0;
        if (stored != expected)
        {
            return null;
        }

        return _context.Connection.ExecuteScalar<long>(
            """
            INSERT INTO drafts (player_id, revision, saved_at, state) VALUES (@id, 1, @at, @state)
            ON CONFLICT (player_id) DO UPDATE SET revision = drafts.revision + 1, saved_at = excluded.saved_at, state = excluded.state
            RETURNING revision
            """,
            new { id = player.Id, at = Timestamps.Format(at), state = DraftCodec.Encode(draft) },
            _context.Transaction);
    }

    /// <summary>Drops the player's draft; true when there was one.</summary>
    public bool Delete(Player player) =>
        _context.Connection.Execute("DELETE FROM drafts WHERE player_id = @id", new { id = player.Id }, _context.Transaction) > 0;

    internal sealed class DraftRow
    {
        public long Revision { get; set; }

        public string SavedAt { get; set; } = "";

        public string State { get; set; } = "";
    }
}
