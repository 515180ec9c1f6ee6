using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Social;

/// <summary>
/// Who agreed to be on the couples' board. Consent is given for a couple: a row names the partner
/// it was given with, so a new couple starts off the board until both of them join.
/// </summary>
public sealed class BoardStore
{
    private readonly StoreContext _context;

    internal BoardStore(StoreContext context) => _context = context;

    public void Join(Player player, Player partner, DateTimeOffset at) =>
        _context.Connection.Execute(
            _context.OnPostgres
                ? """
                  DELETE FROM board_members WHERE player_id = @id;
                  INSERT INTO board_members (player_id, partner_id, joined_at) VALUES (@id, @partner, @at);
                  """
                : "INSERT OR REPLACE INTO board_members (player_id, partner_id, joined_at) VALUES (@id, @partner, @at)",
            new { id = player.Id, partner = partner.Id, at = Timestamps.Format(at) },
            _context.Transaction);

    /// <summary>Takes the couple off the board: both partners' consent goes.</summary>
    public void Leave(Player player) =>
        _context.Connection.Execute(
            "DELETE FROM board_members WHERE player_id = @id OR partner_id = @id OR player_id = (SELECT partner_id FROM board_members WHERE player_id = @id)",
            new { id = player.Id },
            _context.Transaction);

    /// <summary>Whether the player agreed to be on the board with this partner.</summary>
    public bool Agreed(Player player, Player partner) =>
        _context.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM board_members WHERE player_id = @id AND partner_id = @partner", new { id = player.Id, partner = partner.Id }, _context.Transaction) > 0;

    /// <summary>Every couple on the board now: both partners agreed, with each other, and they are still a couple.</summary>
    public IReadOnlyList<(Player A, Player B)> Couples()
    {
        return
        [
            .. _context.Connection.Query<PairRow>(
                """
                SELECT c.player_a AS A, c.player_b AS B FROM couples c
                JOIN board_members ma ON ma.player_id = c.player_a AND ma.partner_id = c.player_b
                JOIN board_members mb ON mb.player_id = c.player_b AND mb.partner_id = c.player_a
                ORDER BY c.player_a
                """,
                transaction: _context.Transaction)
                .Select(r => (_context.Players.ById(r.A), _context.Players.ById(r.B))),
        ];
    }

    internal sealed class PairRow
    {
        public long A { get; set; }

        public long B { get; set; }
    }
}
