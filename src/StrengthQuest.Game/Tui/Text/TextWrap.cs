using System.Globalization;

namespace StrengthQuest.Tui.Text;

/// <summary>
/// Wraps a line of text into rows of a width, at spaces, so nothing is cut off: the clinician's
/// warning and the pain-guard advice are read to the end. A continued row keeps the line's indent
/// (and its bullet's, "· " or "! "); a word wider than a row is broken where it must be.
/// </summary>
public static class TextWrap
{
    private static readonly string[] Bullets = ["· ", "! ", "» ", "- "];

    /// <param name="hangingIndent">Where the rows after the first start, when not the line's own indent (the help's second column).</param>
    public static IEnumerable<string> Rows(string line, int width, int? hangingIndent = null)
    {
        // No glyph takes more than two columns: a line of half the width or less fits without measuring.
        if (width <= 0 || line.Length * 2 <= width || Names.Columns(line) <= width)
        {
            yield return line;
            yield break;
        }

        string indent = new(' ', Math.Min(hangingIndent ?? Indent(line), width / 2));
        string row = "";
        foreach (string word in Words(line))
        {
            string next = row + word;
            if (Names.Columns(next.TrimEnd()) <= width)
            {
                row = next;
                continue;
            }

            if (row.Trim().Length > 0)
            {
                yield return row.TrimEnd();
                row = indent + word.TrimStart();
            }
            else
            {
                row = next;
            }

            // A word wider than a whole row: broken into pieces that fit.
            while (Names.Columns(row.TrimEnd()) > width)
            {
                (string head, string tail) = Split(row, width);
                yield return head;
                row = indent + tail;
            }
        }

        if (row.Trim().Length > 0)
        {
            yield return row.TrimEnd();
        }
    }

    /// <summary>The indent of the rows after the first: the line's leading spaces, and its bullet's width.</summary>
    private static int Indent(string line)
    {
        int spaces = line.Length - line.TrimStart(' ').Length;
        string rest = line[spaces..];
        return spaces + (Bullets.Any(b => rest.StartsWith(b, StringComparison.Ordinal)) ? 2 : 0);
    }

    /// <summary>The words of the line, each with the spaces that follow it (the first with those before it too).</summary>
    private static IEnumerable<string> Words(string line)
    {
        int start = 0;
        int i = line.Length - line.TrimStart(' ').Length;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] != ' ')
            {
                i++;
            }

            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            yield return line[start..i];
            start = i;
        }
    }

    /// <summary>
    /// The longest head of <paramref name="row"/> that fits in <paramref name="width"/> columns, and the
    /// rest; the head holds at least one character after the indent, so every call makes progress.
    /// </summary>
    private static (string Head, string Tail) Split(string row, int width)
    {
        int spaces = row.Length - row.TrimStart(' ').Length;
        TextElementEnumerator parts = StringInfo.GetTextElementEnumerator(row);
        int cut = 0;
        while (parts.MoveNext())
        {
            int end = parts.ElementIndex + parts.GetTextElement().Length;
            if (Names.Columns(row[..end]) > width && parts.ElementIndex > spaces)
            {
                break;
            }

            cut = end;
        }

        return (row[..cut], row[cut..]);
    }
}
