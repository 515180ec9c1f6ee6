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

    /// <summary>A streak's length: "3 days", or "none" — never "0 days".</summary>
    public static string DaysOrNone(int days) => days == 0 ? "none" : Days(days);

    /// <summary>A streak in words: "3 days · longest 5", "none now · longest 5", or "none yet" — never "0 days".</summary>
    public static string Run(int current, int longest) =>
        current > 0 ? $"{Days(current)} · longest {longest}"
        : longest > 0 ? $"none now · longest {longest}"
        : "none yet";

    /// <summary>"no freezes", "1 freeze", "2 shared freezes".</summary>
    public static string Freezes(int count, string kind = "") =>
        count == 0 ? $"no {kind}freezes" : (kind + "freeze").ToQuantity(count);

    /// <summary>XP won or lost with its sign: "+35 XP", "-35 XP", "no XP" — never "+-35 XP" or "+0 XP".</summary>
    public static string Xp(int xp) => xp switch
    {
        > 0 => $"+{xp.ToString(CultureInfo.InvariantCulture)} XP",
        < 0 => $"-{(-xp).ToString(CultureInfo.InvariantCulture)} XP",
        _ => "no XP",
    };
}
