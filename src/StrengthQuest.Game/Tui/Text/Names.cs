using System.Globalization;
using System.Text;
using Terminal.Gui.Text;

namespace StrengthQuest.Tui.Text;

/// <summary>
/// Names in lines of a fixed width: a display name may be 40 characters, and a line that holds it
/// (once or twice) must still fit, so the name gives way — never the words after it.
/// </summary>
public static class Names
{
    /// <summary>The text columns of the narrowest window the game allows: a column of margin each side.</summary>
    public const int Width = GameWindow.MinWidth - 2;

    /// <summary>The columns the text takes on a terminal (wide glyphs count two); plain ASCII is counted directly.</summary>
    public static int Columns(string text) => Ascii.IsValid(text) ? text.Length : text.GetColumns();

    /// <summary>The text cut to at most <paramref name="columns"/> columns, ending in "…" when cut.</summary>
    public static string Cut(string text, int columns)
    {
        if (Columns(text) <= columns)
        {
            return text;
        }

        if (columns <= 1)
        {
            return columns == 1 ? "…" : "";
        }

        TextElementEnumerator parts = StringInfo.GetTextElementEnumerator(text);
        string kept = "";
        while (parts.MoveNext())
        {
            string next = kept + parts.GetTextElement();
            if (Columns(next) > columns - 1)
            {
                break;
            }

            kept = next;
        }

        return kept.TrimEnd() + "…";
    }

    /// <summary>
    /// The line <paramref name="line"/> makes of the name, with the name cut just enough (but not
    /// below <paramref name="least"/> columns) for the line to fit in <paramref name="width"/>.
    /// </summary>
    public static string Fit(Func<string, string> line, string name, int width, int least = 8)
    {
        string whole = line(name);
        int over = Columns(whole) - width;
        if (over <= 0)
        {
            return whole;
        }

        for (int columns = Columns(name) - 1; columns > least; columns--)
        {
            string shorter = line(Cut(name, columns));
            if (Columns(shorter) <= width)
            {
                return shorter;
            }
        }

        return line(Cut(name, least));
    }
}
