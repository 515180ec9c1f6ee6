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
        _context.FoldCache.Invalidate(player.Id, session.Day);
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

    /// <summary>
    /// The player's sessions whose uid is <paramref name="uid"/> or starts with it (at most two: more
    /// than one means the prefix is ambiguous). Other players' sessions are never found.
    /// </summary>
    public IReadOnlyList<Session> Matching(Player player, string uid)
    {
        string[] uids = [.. _context.Connection.Query<string>(
            "SELECT uid FROM sessions WHERE player_id = @id AND (uid = @uid OR substr(uid, 1, length(@uid)) = @uid) ORDER BY uid = @uid DESC LIMIT 2",
            new { id = player.Id, uid },
            _context.Transaction)];
        if (uids.Length == 0)
        {
            return [];
        }

        string[] wanted = uids[0] == uid ? [uid] : uids;
        return [.. For(player)[player.Id].Where(s => wanted.Contains(s.Uid))];
    }

    /// <summary>Deletes one of the player's sessions with its entries.</summary>
    public void Delete(Player player, Session session)
    {
        _context.FoldCache.Invalidate(player.Id, session.Day);
        _context.Connection.Execute(
            """
            DELETE FROM entries WHERE session_id = (SELECT id FROM sessions WHERE uid = @uid AND player_id = @playerId);
            DELETE FROM sessions WHERE uid = @uid AND player_id = @playerId;
            """,
            new { uid = session.Uid, playerId = player.Id },
            _context.Transaction);
    }

    /// <summary>Replaces one of the player's sessions (same uid, day and time recorded) with new entries, rest pain and note.</summary>
    public void Replace(Player player, Session session)
    {
        Delete(player, session);
        Insert(player, session);
    }

    /// <summary>Every session of the given players (after a day, if given), ordered by game day and time recorded.</summary>
    public IReadOnlyDictionary<long, List<Session>> For(Player first, Player? second = null, DateOnly? after = null)
    {
        var filter = new { first = first.Id, second = second?.Id ?? -1, after = after is { } day ? Timestamps.Format(day) : "" };
        Dictionary<long, List<Entry>> entries = Entries(_context.Connection.Query<EntryRow>(
            """
            SELECT e.session_id AS SessionId, e.ladder AS Ladder, e.level AS Level, e.sets AS Sets, e.pain AS Pain
            FROM sessions s JOIN entries e ON e.session_id = s.id
            WHERE s.player_id IN (@first, @second) AND s.game_day > @after
            ORDER BY e.session_id, e.position
            """,
            filter,
            _context.Transaction));
        IEnumerable<SessionRow> rows = _context.Connection.Query<SessionRow>(
            """
            SELECT id AS Id, player_id AS PlayerId, uid AS Uid, game_day AS Day, recorded_at AS RecordedAt,
                   backfilled AS Backfilled, rest_pain AS RestPain, note AS Note
            FROM sessions
            WHERE player_id IN (@first, @second) AND game_day > @after
            ORDER BY player_id, game_day, recorded_at, id
            """,
            filter,
            _context.Transaction);
        return ByPlayer(rows, entries, first, second);
    }

    /// <summary>
    /// The latest sessions of the given players by the time they were recorded, newest first, at
    /// most <paramref name="count"/> of each — what "recent check-ins" shows, however old. (One IN
    /// over a UNION: two INs joined by OR made PostgreSQL scan every entry of the history.)
    /// </summary>
    public IReadOnlyDictionary<long, List<Session>> Latest(Player first, Player? second, int count)
    {
        var filter = new { first = first.Id, second = second?.Id ?? -1, count };
        Dictionary<long, List<Entry>> entries = Entries(_context.Connection.Query<EntryRow>(
            """
            SELECT e.session_id AS SessionId, e.ladder AS Ladder, e.level AS Level, e.sets AS Sets, e.pain AS Pain
            FROM entries e
            WHERE e.session_id IN (
                SELECT id FROM (SELECT id FROM sessions WHERE player_id = @first ORDER BY recorded_at DESC, id DESC LIMIT @count) AS mine
                UNION ALL
                SELECT id FROM (SELECT id FROM sessions WHERE player_id = @second ORDER BY recorded_at DESC, id DESC LIMIT @count) AS theirs)
            ORDER BY e.session_id, e.position
            """,
            filter,
            _context.Transaction));
        IEnumerable<SessionRow> rows = _context.Connection.Query<SessionRow>(
            """
            SELECT * FROM (
                SELECT id AS Id, player_id AS PlayerId, uid AS Uid, game_day AS Day, recorded_at AS RecordedAt,
                       backfilled AS Backfilled, rest_pain AS RestPain, note AS Note
                FROM sessions WHERE player_id = @first ORDER BY recorded_at DESC, id DESC LIMIT @count) AS mine
            UNION ALL
            SELECT * FROM (
                SELECT id AS Id, player_id AS PlayerId, uid AS Uid, game_day AS Day, recorded_at AS RecordedAt,
                       backfilled AS Backfilled, rest_pain AS RestPain, note AS Note
                FROM sessions WHERE player_id = @second ORDER BY recorded_at DESC, id DESC LIMIT @count) AS theirs
            """,
            filter,
            _context.Transaction);
        return ByPlayer(rows, entries, first, second);
    }

    /// <summary>Whether the player has a check-in with exercises on the game day.</summary>
    public bool HasCheckIn(Player player, DateOnly day) =>
        _context.Connection.ExecuteScalar<long>(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM sessions s WHERE s.player_id = @id AND s.game_day = @day AND EXISTS (SELECT 1 FROM entries e WHERE e.session_id = s.id)) THEN 1 ELSE 0 END",
            new { id = player.Id, day = Timestamps.Format(day) },
            _context.Transaction) != 0;

    private static Dictionary<long, List<Entry>> Entries(IEnumerable<EntryRow> rows)
    {
        Dictionary<long, List<Entry>> entries = [];
        foreach (EntryRow row in rows)
        {
            if (SetList.Parse(row.Sets) is not { } sets)
            {
                continue;
            }

            if (!entries.TryGetValue(row.SessionId, out List<Entry>? list))
            {
                entries[row.SessionId] = list = [];
            }

            list.Add(new Entry(row.Ladder, row.Level, sets, row.Pain));
        }

        return entries;
    }

    private static Dictionary<long, List<Session>> ByPlayer(IEnumerable<SessionRow> rows, Dictionary<long, List<Entry>> entries, Player first, Player? second)
    {
        Dictionary<long, List<Session>> byPlayer = new() { [first.Id] = [] };
        if (second is not null)
        {
            byPlayer[second.Id] = [];
        }

        foreach (SessionRow row in rows)
        {
            byPlayer[row.PlayerId].Add(new Session(
                row.Uid,
                Timestamps.ParseDay(row.Day),
                Timestamps.ParseInstant(row.RecordedAt),
                row.Backfilled != 0,
                entries.TryGetValue(row.Id, out List<Entry>? list) ? list : [],
                row.RestPain,
                row.Note));
        }

        return byPlayer;
    }

    internal sealed class EntryRow
    {
        public long SessionId { get; set; }

        public string Ladder { get; set; } = "";

        public int Level { get; set; }

        public string Sets { get; set; } = "";

        public int Pain { get; set; }
    }

    internal sealed class SessionRow
    {
        public long Id { get; set; }

        public long PlayerId { get; set; }

        public string Uid { get; set; } = "";

        public string Day { get; set; } = "";

        public string RecordedAt { get; set; } = "";

        public long Backfilled { get; set; }

        public int? RestPain { get; set; }

        public string? Note { get; set; }
    }
}
