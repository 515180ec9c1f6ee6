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

    internal sealed class CoupleRow
    {
        public string A { get; set; } = "";

        public string B { get; set; } = "";

        public string LinkedAt { get; set; } = "";
    }
}
