using System.Globalization;

namespace StrengthQuest.Core.Text;

/// <summary>
/// A whole number as typed: digits with an optional sign. A number too big to hold is still a
/// number — out of every range, not a typo — so it reads as the largest (or smallest) one.
/// </summary>
public static class WholeNumber
{
    public static bool TryRead(string text, out long value)
    {
        string digits = text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            value = 0;
            return false;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            value = text[0] == '-' ? long.MinValue : long.MaxValue;
        }

        return true;
    }

    /// <summary>"100,000": a limit as a player reads it.</summary>
    public static string Show(decimal limit) => limit.ToString("#,0.##", CultureInfo.InvariantCulture);
}
