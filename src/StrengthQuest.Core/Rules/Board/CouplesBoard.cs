namespace StrengthQuest.Core.Rules.Board;

/// <summary>A couple on the board this week: the partners' display names and what they did together.</summary>
public sealed record BoardCouple(long Id, string NameA, string NameB, int CoopDays, int Xp);

/// <summary>A place on the board; couples that tie share a rank (1, 1, 3).</summary>
public sealed record BoardRow(int Rank, BoardCouple Couple);

/// <summary>
/// The couples' board (GAME.md): a weekly ranking of the host's couples that both agreed to be on
/// it, by co-op days, then combined XP. It shows display names only.
/// </summary>
public static class CouplesBoard
{
    public static IReadOnlyList<BoardRow> Rank(IEnumerable<BoardCouple> couples)
    {
        BoardCouple[] ordered =
        [
            .. couples.OrderByDescending(c => c.CoopDays).ThenByDescending(c => c.Xp)
                .ThenBy(c => c.NameA, StringComparer.Ordinal).ThenBy(c => c.NameB, StringComparer.Ordinal).ThenBy(c => c.Id),
        ];
        List<BoardRow> rows = new(ordered.Length);
        for (int i = 0; i < ordered.Length; i++)
        {
            bool tie = i > 0 && ordered[i].CoopDays == ordered[i - 1].CoopDays && ordered[i].Xp == ordered[i - 1].Xp;
            rows.Add(new BoardRow(tie ? rows[i - 1].Rank : i + 1, ordered[i]));
        }

        return rows;
    }
}
