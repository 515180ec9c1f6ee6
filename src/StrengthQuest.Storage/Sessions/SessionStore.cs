using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Cache;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Players;

namespace StrengthQuest.Storage.Sessions;

/// <summary>Check-ins: sessions and their entries, the history every rule is computed from.</summary>
public sealed class SessionStore
{
    private readonly StoreContext _context;

    internal SessionStore(StoreContext context) => _context = context;

    public bool Exists(string uid) =>
        _context.Connection.ExecuteScalar<long>("SELECT count(*) FROM sessions WHERE uid = @uid", new { uid }, _context.Transaction) > 0;

    /// <summary>
    /// Adds a session with its entries, and drops the snapshots it changes, in one statement on
    /// PostgreSQL (one round trip; a command of several would hand its later statements to the
    /// thread pool) and one command of three on SQLite.
    /// </summary>
    public void Insert(Player player, Session session)
    {
        using DbCommand insert = AdoCommand.Create(_context, "")
            .With("@uid", session.Uid)
            .With("@playerId", player.Id)
            .With("@day", Timestamps.Format(session.Day))
            .With("@recordedAt", Timestamps.Format(session.RecordedAt))
            .With("@backfilled", session.Backfilled ? 1 : 0)
            .With("@restPain", session.RestPain)
            .With("@note", session.Note);
        StringBuilder values = new();
        string sessionId = _context.OnPostgres ? "" : "(SELECT id FROM sessions WHERE uid = @uid), ";
        for (int position = 0; position < session.Entries.Count; position++)
        {
            Entry entry = session.Entries[position];
            values.Append(position == 0 ? "" : ",\n")
                .Append(CultureInfo.InvariantCulture, $"({sessionId}{position}, @ladder{position}, @level{position}, @sets{position}, @pain{position})");
            insert.With($"@ladder{position}", entry.Ladder)
                .With($"@level{position}", entry.Level)
                .With($"@sets{position}", SetList.Format(entry.Sets))
                .With($"@pain{position}", entry.Pain);
        }

        const string AddSession = "INSERT INTO sessions (uid, player_id, game_day, recorded_at, backfilled, rest_pain, note) VALUES (@uid, @playerId, @day, @recordedAt, @backfilled, @restPain, @note)";
        const string AddEntries = "INSERT INTO entries (session_id, position, ladder, level, sets, pain)";
        insert.CommandText = (_context.OnPostgres, values.Length > 0) switch
        {
            (true, true) => $"WITH dropped AS ({FoldCacheStore.InvalidateSql}), added AS ({AddSession} RETURNING id)\n{AddEntries}\nSELECT added.id, e.* FROM added, (VALUES {values}) AS e (position, ladder, level, sets, pain)",
            (true, false) => $"WITH dropped AS ({FoldCacheStore.InvalidateSql}), added AS ({AddSession} RETURNING id) SELECT count(*) FROM added",
            (false, true) => $"{FoldCacheStore.InvalidateSql};\n{AddSession};\n{AddEntries} VALUES {values}",
            (false, false) => $"{FoldCacheStore.InvalidateSql};\n{AddSession}",
        };
        insert.ExecuteNonQuery();
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
    public IReadOnlyDictionary<long, List<Session>> For(Player first, Player? second = null, DateOnly? after = null) => Read(
        $"""
        SELECT {SessionColumns}, {EntryColumns}
        FROM sessions s LEFT JOIN entries e ON e.session_id = s.id
        WHERE s.player_id IN (@first, @second) AND s.game_day > @after
        ORDER BY s.player_id, s.game_day, s.recorded_at, s.id, e.position
        """,
        first,
        second,
        command => command.With("@after", after is { } day ? Timestamps.Format(day) : ""));

    /// <summary>
    /// The latest sessions of the given players by the time they were recorded, newest first, at
    /// most <paramref name="count"/> of each — what "recent check-ins" shows, however old. (One IN
    /// over a UNION: two INs joined by OR made PostgreSQL scan every entry of the history.)
    /// </summary>
    public IReadOnlyDictionary<long, List<Session>> Latest(Player first, Player? second, int count) => Read(
        $"""
        SELECT {SessionColumns}, {EntryColumns}
        FROM sessions s LEFT JOIN entries e ON e.session_id = s.id
        WHERE s.id IN (
            SELECT id FROM (SELECT id FROM sessions WHERE player_id = @first ORDER BY recorded_at DESC, id DESC LIMIT @count) AS mine
            UNION ALL
            SELECT id FROM (SELECT id FROM sessions WHERE player_id = @second ORDER BY recorded_at DESC, id DESC LIMIT @count) AS theirs)
        ORDER BY s.player_id, s.recorded_at DESC, s.id DESC, e.position
        """,
        first,
        second,
        command => command.With("@count", count));

    /// <summary>Whether the player has a check-in with exercises on the game day.</summary>
    public bool HasCheckIn(Player player, DateOnly day) =>
        _context.Connection.ExecuteScalar<long>(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM sessions s WHERE s.player_id = @id AND s.game_day = @day AND EXISTS (SELECT 1 FROM entries e WHERE e.session_id = s.id)) THEN 1 ELSE 0 END",
            new { id = player.Id, day = Timestamps.Format(day) },
            _context.Transaction) != 0;

    private const string SessionColumns = "s.id, s.player_id, s.uid, s.game_day, s.recorded_at, s.backfilled, s.rest_pain, s.note";
    private const string EntryColumns = "e.ladder, e.level, e.sets, e.pain";

    /// <summary>
    /// Runs a query of sessions joined with their entries (<see cref="SessionColumns"/>, then
    /// <see cref="EntryColumns"/>, null for a session without any; each session's rows together,
    /// its entries in order), and puts each player's sessions together: one statement, so one round
    /// trip on PostgreSQL.
    /// </summary>
    private Dictionary<long, List<Session>> Read(string sql, Player first, Player? second, Action<DbCommand> filter)
    {
        using DbCommand query = AdoCommand.Create(_context, sql).With("@first", first.Id).With("@second", second?.Id ?? -1);
        filter(query);
        Dictionary<long, List<Session>> byPlayer = ByPlayer.Empty<Session>(first.Id, second?.Id);
        using DbDataReader reader = query.ExecuteReader();
        long current = 0;
        List<Entry>? entries = null;
        while (reader.Read())
        {
            long id = reader.GetInt64(0);
            if (entries is null || id != current)
            {
                current = id;
                entries = [];
                byPlayer[reader.GetInt64(1)].Add(new Session(
                    reader.GetString(2),
                    Timestamps.ParseDay(reader.GetString(3)),
                    Timestamps.ParseInstant(reader.GetString(4)),
                    reader.GetInt64(5) != 0,
                    entries,
                    reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
                    reader.NullableString(7)));
            }

            // A session without entries has one row, its entry columns null; entries whose sets
            // do not read (written by something else) are left out, as if never there.
            if (!reader.IsDBNull(8) && SetList.Parse(reader.GetString(10)) is { } sets)
            {
                entries.Add(new Entry(reader.GetString(8), (int)reader.GetInt64(9), sets, (int)reader.GetInt64(11)));
            }
        }

        return byPlayer;
    }
}
