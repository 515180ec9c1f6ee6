using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Doors;

/// <summary>
/// Guessing codes is slowed down: after <see cref="HostRules.WrongCodesAllowed"/> wrong codes
/// within the window, the next try is refused unread until the oldest of them leaves the window.
/// </summary>
public static class CodeTries
{
    /// <summary>Why this try is refused now, or null when the code may be checked.</summary>
    public static string? Problem(IReadOnlyList<DateTimeOffset> wrong, int allowed, DateTimeOffset now, HostRules rules)
    {
        TimeSpan window = TimeSpan.FromSeconds(rules.WrongCodesWindowSeconds);
        DateTimeOffset[] recent = [.. wrong.Where(at => now - at < window && at - now < window).OrderByDescending(at => at)];
        if (recent.Length < allowed)
        {
            return null;
        }

        // The try is allowed again once only allowed - 1 wrong codes remain within the window.
        DateTimeOffset freed = recent[allowed - 1] + window;
        int seconds = Math.Max(1, (int)Math.Ceiling((freed - now).TotalSeconds));
        return $"Too many wrong codes in a row: wait {seconds} {(seconds == 1 ? "second" : "seconds")}, then try again.";
    }
}
