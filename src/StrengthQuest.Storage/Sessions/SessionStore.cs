using Dapper;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Sessions;

/// <summary>Check-ins: sessions and their entries, the history every rule is computed from.</summary>
public sealed class SessionStore
{
    private readonly StoreContext _context;

    internal SessionStore(StoreContext context) => _context = context;

    public bool Exists(string uid) =>
        _context.Connection.ExecuteScalar<long>("SELECT count(*) FROM sessions WHERE uid = @uid", new { uid }, _context.Transaction) > 0;

    public void Insert(Player player, Session session)
    {
        long id = _context.Connection.ExecuteScalar<long>(
            """
            INSERT INTO sessions (uid, player_id, game_day, recorded_at, backfilled, rest_pain, note)
            VALUES (@uid, @playerId, @day, @recordedAt, @backfilled, @restPain, @note) RETURNING id
            """,
            new
            {
                uid = session.Uid,
                playerId = player.Id,
                day = Timestamps.Format(session.Day),
                recordedAt = Timestamps.Format(session.RecordedAt),
                backfilled = session.Backfilled ? 1 : 0,
                restPain = session.RestPain,
                note = session.Note,
            },
            _context.Transaction);
        for (int position = 0; position < session.Entries.Count; position++)
        {
            Entry entry = session.Entries[position];
            _context.Connection.Execute(
                "INSERT INTO entries (session_id, position, ladder, level, sets, pain) VALUES (@id, @position, @ladder, @level, @sets, @pain)",
                new { id, position, ladder = entry.Ladder, level = entry.Level, sets = SetList.Format(entry.Sets), pain = entry.Pain },
                _context.Transaction);
        }
    }

    /// <summary>Every session of the given players, ordered by game day and time recorded.</summary>
    public IReadOnlyDictionary<long, List<Session>> For(Player first, Player? second = null)
    {
        Dictionary<long, List<Session>> byPlayer = new() { [first.Id] = [] };
        if (second is not null)
        {
            byPlayer[second.Id] = [];
        }

        IEnumerable<SessionRow> rows = _context.Connection.Query<SessionRow>(
            """
            SELECT s.player_id AS PlayerId, s.uid AS Uid, s.game_day AS Day, s.recorded_at AS RecordedAt,
                   s.backfilled AS Backfilled, s.rest_pain AS RestPain, s.note AS Note,
                   e.ladder AS Ladder, e.level AS Level, e.sets AS Sets, e.pain AS Pain
            FROM sessions s LEFT JOIN entries e ON e.session_id = s.id
            WHERE s.player_id IN (@first, @second)
            ORDER BY s.player_id, s.game_day, s.recorded_at, s.id, e.position
            """,
            new { first = first.Id, second = second?.Id ?? -1 },
            _context.Transaction);

        SessionRow? current = null;
        List<Entry> entries = [];
        foreach (SessionRow row in rows)
        {
            if (current is null || row.Uid != current.Uid)
            {
                Flush(current, entries, byPlayer);
                current = row;
                entries = [];
            }

            if (row.Ladder is not null && SetList.Parse(row.Sets ?? "") is { } sets)
            {
                entries.Add(new Entry(row.Ladder, row.Level ?? 1, sets, row.Pain ?? 0));
            }
        }

        Flush(current, entries, byPlayer);
        return byPlayer;
    }

    private static void Flush(SessionRow? row, List<Entry> entries, Dictionary<long, List<Session>> byPlayer)
    {
        if (row is null)
        {
            return;
        }

        byPlayer[row.PlayerId].Add(new Session(
            row.Uid,
            Timestamps.ParseDay(row.Day),
            Timestamps.ParseInstant(row.RecordedAt),
            row.Backfilled != 0,
            entries,
            row.RestPain,
            row.Note));
    }

    internal sealed class SessionRow
    {
        public long PlayerId { get; set; }

        public string Uid { get; set; } = "";

        public string Day { get; set; } = "";

        public string RecordedAt { get; set; } = "";

        public long Backfilled { get; set; }

        public int? RestPain { get; set; }

        public string? Note { get; set; }

        public string? Ladder { get; set; }

        public int? Level { get; set; }

        public string? Sets { get; set; }

        public int? Pain { get; set; }
    }
}
