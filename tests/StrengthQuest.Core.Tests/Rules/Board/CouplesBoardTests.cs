using StrengthQuest.Core.Rules.Board;

namespace StrengthQuest.Core.Tests.Rules.Board;

public class CouplesBoardTests
{
    [Fact]
    public void Couples_rank_by_coop_days_then_combined_xp_and_ties_share_a_rank()
    {
        BoardCouple[] couples =
        [
            new(1, "Ann", "Bo", CoopDays: 2, Xp: 400),
            new(2, "Cy", "Di", CoopDays: 4, Xp: 100),
            new(3, "Ed", "Flo", CoopDays: 2, Xp: 500),
            new(4, "Gus", "Hal", CoopDays: 2, Xp: 400),
            new(5, "Ida", "Jo", CoopDays: 0, Xp: 0),
        ];
        IReadOnlyList<BoardRow> rows = CouplesBoard.Rank(couples);
        Assert.Equal([2L, 3, 1, 4, 5], rows.Select(r => r.Couple.Id));
        Assert.Equal([1, 2, 3, 3, 5], rows.Select(r => r.Rank));
    }

    [Fact]
    public void An_empty_board_has_no_rows() => Assert.Empty(CouplesBoard.Rank([]));
}
