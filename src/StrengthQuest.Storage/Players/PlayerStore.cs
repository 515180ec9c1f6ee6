using Dapper;
using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Players;

/// <summary>Players and couples.</summary>
public sealed class PlayerStore
{
    internal const string Columns = "id AS Id, handle AS Handle, name AS Name, time_zone AS TimeZoneId, day_start AS DayStartHour";
    private readonly StoreContext _context;

    internal PlayerStore(StoreContext context) => _context = context;

    public Player Add(string handle, string name, string timeZoneId, int dayStartHour, DateTimeOffset createdAt)
    {
        if (Find(handle) is not null)
        {
            throw new GameDataException($"There is already a player \"{handle}\".");
        }

        long id = _context.Connection.ExecuteScalar<long>(
            "INSERT INTO players (handle, name, time_zone, day_start, created_at) VALUES (@handle, @name, @timeZoneId, @dayStartHour, @createdAt) RETURNING id",
            new { handle, name, timeZoneId, dayStartHour, createdAt = Timestamps.Format(createdAt) },
            _context.Transaction);
        return new Player(id, handle, name, timeZoneId, dayStartHour);
    }

    public Player? Find(string handle) =>
        _context.Connection.QueryFirstOrDefault<PlayerRow>(
            $"SELECT {Columns} FROM players WHERE handle = @handle", new { handle }, _context.Transaction)?.ToPlayer();

    /// <summary>A player and their partner, if any, in one read (the start of every couple's load).</summary>
    public (Player Me, Player? Partner)? FindWithPartner(string handle)
    {
        List<PlayerRow> rows = [.. _context.Connection.Query<PlayerRow>(
            $"""
            SELECT {Columns} FROM players WHERE handle = @handle OR id = (
                SELECT CASE WHEN c.player_a = me.id THEN c.player_b ELSE c.player_a END
                FROM couples c JOIN players me ON me.id IN (c.player_a, c.player_b) WHERE me.handle = @handle)
            """,
            new { handle },
            _context.Transaction)];
        return rows.Find(r => r.Handle == handle)?.ToPlayer() is { } me
            ? (me, rows.Find(r => r.Handle != handle)?.ToPlayer())
            : null;
    }

    public Player ById(long id) =>
        _context.Connection.QueryFirst<PlayerRow>($"SELECT {Columns} FROM players WHERE id = @id", new { id }, _context.Transaction).ToPlayer();

    public int Count() => _context.Connection.ExecuteScalar<int>("SELECT count(*) FROM players", transaction: _context.Transaction);

    public IReadOnlyList<Player> All() =>
        [.. _context.Connection.Query<PlayerRow>($"SELECT {Columns} FROM players ORDER BY handle", transaction: _context.Transaction).Select(r => r.ToPlayer())];

    public Player? PartnerOf(Player player) =>
        _context.Connection.QueryFirstOrDefault<PlayerRow>(
            $"""
            SELECT {Columns} FROM players WHERE id = (
                SELECT CASE WHEN player_a = @id THEN player_b ELSE player_a END
                FROM couples WHERE player_a = @id OR player_b = @id)
            """,
            new { id = player.Id },
            _context.Transaction)?.ToPlayer();

    public DateTimeOffset CreatedAt(Player player) => Timestamps.ParseInstant(
        _context.Connection.ExecuteScalar<string>("SELECT created_at FROM players WHERE id = @id", new { id = player.Id }, _context.Transaction)!);

    /// <summary>Links two players as a couple; each can be in at most one.</summary>
    public void Link(Player a, Player b, DateTimeOffset linkedAt)
    {
        if (a.Id == b.Id)
        {
            throw new GameDataException("A couple is two different players.");
        }

        foreach (Player player in new[] { a, b })
        {
            if (PartnerOf(player) is { } partner)
            {
                throw new GameDataException($"{player.Handle} is already linked with {partner.Handle}.");
            }
        }

        (Player first, Player second) = a.Id < b.Id ? (a, b) : (b, a);
        _context.Connection.Execute(
            "INSERT INTO couples (player_a, player_b, linked_at) VALUES (@first, @second, @linkedAt)",
            new { first = first.Id, second = second.Id, linkedAt = Timestamps.Format(linkedAt) },
            _context.Transaction);
    }

    /// <summary>
    /// Sets a player's name, zone and day start. A new zone or day start keeps the old one as an
    /// earlier clock until <paramref name="at"/>, so the days before keep their meaning.
    /// </summary>
    public Player Update(Player player, string name, string timeZoneId, int dayStartHour, DateTimeOffset at)
    {
        if (name == player.Name && timeZoneId == player.TimeZoneId && dayStartHour == player.DayStartHour)
        {
            return player;
        }

        if (timeZoneId != player.TimeZoneId || dayStartHour != player.DayStartHour)
        {
            AddEarlierClock(player, new ClockSetting(at, player.TimeZoneId, player.DayStartHour));
        }

        _context.Connection.Execute(
            "UPDATE players SET name = @name, time_zone = @timeZoneId, day_start = @dayStartHour WHERE id = @id",
            new { id = player.Id, name, timeZoneId, dayStartHour },
            _context.Transaction);
        return player with { Name = name, TimeZoneId = timeZoneId, DayStartHour = dayStartHour };
    }

    /// <summary>Records a zone and day start the player used until an instant (one already there for that instant stays: it was the one lived).</summary>
    public void AddEarlierClock(Player player, ClockSetting clock) =>
        _context.Connection.Execute(
            _context.OnPostgres
                ? "INSERT INTO earlier_clocks (player_id, until, time_zone, day_start) VALUES (@id, @until, @zone, @hour) ON CONFLICT DO NOTHING"
                : "INSERT OR IGNORE INTO earlier_clocks (player_id, until, time_zone, day_start) VALUES (@id, @until, @zone, @hour)",
            new { id = player.Id, until = Timestamps.Format(clock.Until), zone = clock.TimeZoneId, hour = clock.DayStartHour },
            _context.Transaction);

    /// <summary>The zones and day starts the player used before the current one, oldest first.</summary>
    public IReadOnlyList<ClockSetting> EarlierClocks(Player player) => EarlierClocks(player, null)[player.Id];

    /// <summary>The earlier clocks of a player and their partner in one query, by player id.</summary>
    public IReadOnlyDictionary<long, List<ClockSetting>> EarlierClocks(Player first, Player? second) =>
        ByPlayer.Group(
            _context.Connection.Query<ClockRow>(
                "SELECT player_id AS PlayerId, until AS Until, time_zone AS TimeZoneId, day_start AS DayStartHour FROM earlier_clocks WHERE player_id IN (@first, @second) ORDER BY player_id, until",
                new { first = first.Id, second = second?.Id ?? -1 },
                _context.Transaction),
            first.Id,
            second?.Id,
            r => r.PlayerId,
            r => new ClockSetting(Timestamps.ParseInstant(r.Until), r.TimeZoneId, r.DayStartHour));

    /// <summary>Ends the player's couple (and its place on the couples' board); both keep all their history. False when they had no partner.</summary>
    public bool Unlink(Player player)
    {
        // Consent to the board was given for this couple: it ends with it.
        _context.Connection.Execute("DELETE FROM board_members WHERE player_id = @id OR partner_id = @id", new { id = player.Id }, _context.Transaction);
        return _context.Connection.Execute("DELETE FROM couples WHERE player_a = @id OR player_b = @id", new { id = player.Id }, _context.Transaction) > 0;
    }

    /// <summary>Deletes a player who has no partner, with everything of theirs.</summary>
    public void Remove(Player player)
    {
        if (PartnerOf(player) is { } partner)
        {
            throw new GameDataException($"{player.Handle} is linked with {partner.Handle}; unlink them first: strengthquest couple unlink {player.Handle} --yes.");
        }

        _context.Connection.Execute(
            """
            DELETE FROM entries WHERE session_id IN (SELECT id FROM sessions WHERE player_id = @id);
            DELETE FROM sessions WHERE player_id = @id;
            DELETE FROM drafts WHERE player_id = @id;
            DELETE FROM earlier_clocks WHERE player_id = @id;
            DELETE FROM nudges WHERE from_player = @id OR to_player = @id;
            DELETE FROM presence WHERE player_id = @id;
            DELETE FROM fold_cache WHERE me_id = @id OR partner_id = @id;
            DELETE FROM plans WHERE player_id = @id;
            DELETE FROM notifications WHERE player_id = @id;
            DELETE FROM board_members WHERE player_id = @id OR partner_id = @id;
            DELETE FROM player_keys WHERE player_id = @id;
            DELETE FROM access_codes WHERE player_id = @id;
            DELETE FROM couple_changes WHERE player_id = @id;
            DELETE FROM players WHERE id = @id;
            """,
            new { id = player.Id },
            _context.Transaction);
    }

    public IReadOnlyList<(string A, string B, string LinkedAt)> Couples() =>
        [
            .. _context.Connection.Query<CoupleRow>(
                """
                SELECT pa.handle AS A, pb.handle AS B, c.linked_at AS LinkedAt
                FROM couples c JOIN players pa ON pa.id = c.player_a JOIN players pb ON pb.id = c.player_b
                ORDER BY pa.handle
                """,
                transaction: _context.Transaction).Select(r => (r.A, r.B, r.LinkedAt)),
        ];

    internal sealed class PlayerRow
    {
        public long Id { get; set; }

        public string Handle { get; set; } = "";

        public string Name { get; set; } = "";

        public string TimeZoneId { get; set; } = "";

        public int DayStartHour { get; set; }

        public Player ToPlayer() => new(Id, Handle, Name, TimeZoneId, DayStartHour);
    }

    internal sealed class ClockRow
    {
        public long PlayerId { get; set; }

        public string Until { get; set; } = "";

        public string TimeZoneId { get; set; } = "";

        public int DayStartHour { get; set; }
    }

    internal sealed class CoupleRow
    {
        public string A { get; set; } = "";

        public string B { get; set; } = "";

        public string LinkedAt { get; set; } = "";
    }
}
