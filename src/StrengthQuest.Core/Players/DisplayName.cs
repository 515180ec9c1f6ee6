namespace StrengthQuest.Core.Players;

/// <summary>A display name: 1–40 printable characters, never a control character, escape sequence or invisible format character.</summary>
public static class DisplayName
{
    public const int MaxLength = 40;

    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>Why the name is refused, or null when it is fine.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "A display name needs at least one visible character.";
        }

        if (Text.SafeText.HasControl(name))
        {
            return "A display name cannot contain control characters or escape sequences.";
        }

        // A zero-width space or joiner-like mark lets "S​am" pass for "Sam"; the emoji joiner (U+200D) stays.
        if (name.Any(c => c != ZeroWidthJoiner && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return "A display name cannot contain invisible characters (such as a zero-width space).";
        }

        int length = new System.Globalization.StringInfo(name).LengthInTextElements;
        return length > MaxLength
            ? $"A display name can be at most {MaxLength} characters; this one has {length}."
            : null;
    }
}
