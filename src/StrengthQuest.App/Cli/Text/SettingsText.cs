using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary>A settings change in words, with what it did to the game day (CLI and the settings screen).</summary>
public static class SettingsText
{
    /// <summary>Everything a settings change did, or "Nothing changed.".</summary>
    public static IEnumerable<string> Lines(SettingsChange change)
    {
        List<string> lines = [.. Clock(change.Player)];
        if (change.Training is { } training)
        {
            lines.AddRange(Training(change.Player.After.Handle, training, change.Asked));
        }

        return lines.Count == 0 ? ["Nothing changed."] : lines;
    }

    private static IEnumerable<string> Training(string who, TrainingChange change, SettingsRequest asked)
    {
        if (asked.Reminder is not null || asked.NotifyTo is not null)
        {
            Core.Players.Reminder now = change.Reminder;
            yield return now.At is not null
                ? $"Reminder on training days at {now.AtText}{(now.NotifyTo is { } address ? $", sent to {Strip(address)}" : "")}."
                : now.NotifyTo is { } to ? $"No reminder; nudges are sent to {Strip(to)}." : "No reminder.";
        }

        if (change.PlanFrom is { } from && asked.Plan is { } plan)
        {
            string when = from == DateOnly.MinValue ? "from now on" : $"from {Humane.LongDay(from)}";
            yield return plan.DaysPerWeek == 7
                ? $"{who} trains every day {when}."
                : $"{who} trains {string.Join(", ", plan.Names)} {when}; the other days are rest days.";
        }
    }

    /// <summary>The name, zone and day start changed, and what that did to the game day (nothing when none changed).</summary>
    public static IEnumerable<string> Clock(PlayerChange c)
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
