using System.Text.RegularExpressions;

namespace StrengthQuest.Core.Players;

/// <summary>A player's login-style name: a lower-case letter, then up to 23 letters, digits or dashes.</summary>
public static partial class Handle
{
    /// <summary>The longest handle the pattern takes: a letter and 23 more.</summary>
    public const int MaxLength = 24;

    public static bool IsValid(string? handle) => handle is not null && Pattern().IsMatch(handle);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,23}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
