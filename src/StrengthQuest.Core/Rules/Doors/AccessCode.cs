namespace StrengthQuest.Core.Rules.Doors;

/// <summary>
/// The codes a player passes on by hand: an invite for a partner, a device code for a new key.
/// Letters and digits that cannot be mistaken for one another (no I, L, O, 0 or 1), shown in two
/// halves (ABCD-EFGH) and read back whatever the case, spaces or dashes.
/// </summary>
public static class AccessCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>The code as typed, reduced to its letters (upper case); null when it cannot be a code of this length.</summary>
    public static string? Normalize(string? typed, int length)
    {
        if (typed is null || typed.Length > length * 3)
        {
            return null;
        }

        Span<char> code = stackalloc char[length];
        int count = 0;
        foreach (char c in typed)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            char upper = char.ToUpperInvariant(c);
            if (count == length || !Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            code[count++] = upper;
        }

        return count == length ? new string(code) : null;
    }

    /// <summary>ABCD-EFGH: two halves, easier to read out and type.</summary>
    public static string Show(string code) => code.Length < 6 ? code : $"{code[..(code.Length / 2)]}-{code[(code.Length / 2)..]}";
}
