using System.Text;

namespace StrengthQuest.Core.Text;

/// <summary>Makes text from the database or a partner safe for a terminal: a terminal is an attack surface.</summary>
public static class SafeText
{
    public static bool HasControl(string text)
    {
        foreach (char c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops C0/C1 controls, DEL, the line and paragraph separators and bidirectional overrides; ESC goes with them, so no sequence survives.</summary>
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!HasControl(text))
        {
            return text;
        }

        StringBuilder clean = new(text.Length);
        foreach (char c in text)
        {
            if (!IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsControl(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';
}
