using System.Globalization;
using Humanizer;

namespace StrengthQuest.Cli.Text;

/// <summary>Human-facing days, times and counts, through Humanizer.</summary>
public static class Humane
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Day(DateOnly day, DateOnly today) => (today.DayNumber - day.DayNumber) switch
    {
        0 => "today",
        1 => "yesterday",
        -1 => "tomorrow",
        _ => day.ToString("dddd d MMMM", English),
    };

    public static string LongDay(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    /// <summary>
    /// "2 hours ago", to the minute: under a minute is "now" (a live screen then changes at most
    /// once a minute, never every second).
    /// </summary>
    public static string Ago(DateTimeOffset when, DateTimeOffset now) =>
        now - when is { TotalMinutes: < 1 } and { TotalMinutes: > -1 } ? "now" : when.Humanize(now, English);

    public static string Count(int count, string noun) => noun.ToQuantity(count);

    public static string Days(int count) => "day".ToQuantity(count);

    public static string Ordinal(int number) => number.Ordinalize(English);

    public static string Streak(int days) => $"{days}-day";
}
