using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary>A settings change in words, with what it did to the game day (CLI and the settings screen).</summary>
public static class SettingsText
{
    public static IEnumerable<string> Lines(PlayerChange c)
    {
        if (c.Before.Name != c.After.Name)
        {
            yield return $"{c.After.Handle} is now called {Strip(c.After.Name)} (was {Strip(c.Before.Name)}).";
        }

        if (c.Before.TimeZoneId != c.After.TimeZoneId)
        {
            yield return $"Time zone: {c.After.TimeZoneId} (was {c.Before.TimeZoneId}).";
        }

        if (c.Before.DayStartHour != c.After.DayStartHour)
        {
            yield return $"The game day now starts at {c.After.DayStartHour:00}:00 (was {c.Before.DayStartHour:00}:00).";
        }

        if (!c.ClockChanged)
        {
            if (c.Before.Name == c.After.Name)
            {
                yield return "Nothing changed.";
            }

            yield break;
        }

        yield return c.DayAfter == c.DayBefore
            ? $"Your game day is still {Humane.LongDay(c.DayAfter)}: it goes on until the new clock reaches the next one."
            : $"Your game day is now {Humane.LongDay(c.DayAfter)} (was {Humane.LongDay(c.DayBefore)}).";
        foreach (DateOnly skipped in c.Skipped)
        {
            yield return $"{Humane.LongDay(skipped)} was skipped by the change: it bridges your streaks.";
        }

        yield return "Recorded sessions keep their day; a change never costs a streak.";
    }
}
