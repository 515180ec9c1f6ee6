using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Social;

/// <summary>
/// A nudge is for a partner who has not checked in on their today, at most one per interval from
/// the same player; it shows until the partner checks in, for a limited time.
/// </summary>
public static class Nudges
{
    /// <summary>Why this nudge cannot go, or null when it can.</summary>
    public static string? Problem(DateTimeOffset? lastSent, DateTimeOffset now, bool partnerCheckedInToday, string partnerName, GameRules rules)
    {
        if (partnerCheckedInToday)
        {
            return $"{partnerName} has already checked in today; no nudge needed.";
        }

        TimeSpan every = TimeSpan.FromMinutes(rules.NudgeEveryMinutes);
        if (lastSent is { } last && (now - last).Duration() < every)
        {
            int wait = Math.Max(1, (int)Math.Ceiling((every - (now - last).Duration()).TotalMinutes));
            return $"You nudged {partnerName} less than {Minutes(rules.NudgeEveryMinutes)} ago; you can nudge again in {Minutes(wait)}.";
        }

        return null;
    }

    /// <summary>A nudge shows until I check in on my today, and for a limited time at most.</summary>
    public static bool Shows(DateTimeOffset sentAt, DateTimeOffset now, bool checkedInToday, GameRules rules) =>
        !checkedInToday && now - sentAt < TimeSpan.FromHours(rules.NudgeShowsHours) && sentAt - now < TimeSpan.FromMinutes(1);

    private static string Minutes(int minutes) =>
        minutes % 60 == 0 ? (minutes == 60 ? "an hour" : $"{minutes / 60} hours") : minutes == 1 ? "a minute" : $"{minutes} minutes";
}
