using System.Globalization;
using Humanizer;

namespace StrengthQuest.Cli.Text;

/// <summary>
/// Human-facing days, times and counts. Times go through Humanizer ("2 hours ago"); counts and
/// ordinals are written here: every noun the game counts is regular English, and Humanizer's
/// vocabulary (about 60 regexes built on first use) cost a check-in ~8 % of its time.
/// </summary>
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

    /// <summary>"1 exercise", "3 exercises": the game's nouns all take an s.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    public static string Days(int count) => Count(count, "day");

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st…</summary>
    public static string Ordinal(int number)
    {
        int lastTwo = Math.Abs(number) % 100;
        string suffix = lastTwo is >= 11 and <= 13 ? "th" : (Math.Abs(number) % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static string Streak(int days) => $"{days}-day";
}
