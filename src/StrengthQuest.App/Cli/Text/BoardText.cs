using StrengthQuest.Core.Rules.Board;
using StrengthQuest.Services;

namespace StrengthQuest.Cli.Text;

/// <summary>The couples' board in words, for the CLI and the board screen alike.</summary>
public static class BoardText
{
    public static IEnumerable<string> Lines(BoardView view)
    {
        yield return $"The couples' board, week {view.Week}: co-op days, then combined XP.";
        yield return "";
        if (view.Rows.Count == 0)
        {
            yield return "  No couple is on the board yet.";
        }

        foreach (BoardRow row in view.Rows)
        {
            BoardCouple c = row.Couple;
            yield return $"{(c.Id == view.MyCouple ? "▸" : " ")}{row.Rank,3}. {Fit($"{c.NameA} & {c.NameB}", NamesWidth),-34} {Humane.Count(c.CoopDays, "co-op day"),-13} {c.Xp,6} XP";
        }

        yield return "";
        yield return Standing(view);
    }

    private const int NamesWidth = 34;

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    /// <summary>Where the player's couple is: on the board, waiting for one of them, or off it.</summary>
    public static string Standing(BoardView view) =>
        view.Mine is { } mine ? $"Your couple is {Humane.Ordinal(mine.Rank)} of {view.Rows.Count} this week. To leave the board: board leave."
        : view.PartnerName is null ? "The board ranks couples: pair up first (invite), then both of you join it."
        : view.IAgreed ? $"You agreed to be on the board; your couple shows once {view.PartnerName} agrees too (board join)."
        : view.PartnerAgreed ? $"{view.PartnerName} wants your couple on the board; agree with: board join."
        : "Your couple is not on the board: it shows once both of you agree (board join).";

    public static string Joined(bool on, BoardView view) => on ? $"Your couple is on the board now. {Standing(view)}" : Standing(view);

    public static string Left(bool was) =>
        was ? "Your couple is off the board; it shows again only when both of you join again." : "Your couple was not on the board.";
}
