using System.Globalization;
using StrengthQuest.Core.Days;

namespace StrengthQuest.Core.Players;

/// <summary>
/// A player's reminder: a local time of day and an address for the host's notify command (opaque
/// to the game: an ntfy topic, an e-mail address…). On a planned training day without a check-in,
/// once that time has passed, the reminder is due — once per game day.
/// </summary>
public sealed record Reminder(TimeOnly? At, string? NotifyTo)
{
    public static readonly Reminder None = new(null, null);

    public const int MaxNotifyToLength = 200;

    /// <summary>"HH:MM" as a time, or "off" as none; null with a sentence when it is neither.</summary>
    public static bool TryParseTime(string? text, out TimeOnly? at, out string? problem)
    {
        at = null;
        problem = null;
        string trimmed = text?.Trim() ?? "";
        if (trimmed.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (TimeOnly.TryParseExact(trimmed, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time))
        {
            at = time;
            return true;
        }

        problem = $"\"{text}\" is not a reminder time: give a local time like 18:30, or off.";
        return false;
    }

    /// <summary>Why the notify address is refused (control characters, length), or null.</summary>
    public static string? NotifyToProblem(string? to) =>
        to is null ? null
        : Text.SafeText.HasControl(to) ? "A notify address cannot contain control characters."
        : to.Length > MaxNotifyToLength ? $"A notify address can be at most {MaxNotifyToLength} characters."
        : null;

    /// <summary>
    /// Whether the reminder time has passed in the player's game day at <paramref name="now"/>. Times
    /// count from the day start, so a reminder at 01:00 with a 04:00 day start falls late in the day.
    /// </summary>
    public bool HasPassed(DateTimeOffset now, GameClock clock)
    {
        if (At is not { } at)
        {
            return false;
        }

        TimeOnly local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, clock.Zone).DateTime);
        return SinceDayStart(local, clock.DayStartHour) >= SinceDayStart(at, clock.DayStartHour);
    }

    private static TimeSpan SinceDayStart(TimeOnly time, int dayStartHour) =>
        TimeSpan.FromMinutes(((time.Hour - dayStartHour + 24) % 24 * 60) + time.Minute);

    public string? AtText => At?.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>When the host's notify command is due to remind a player or deliver a nudge.</summary>
public static class Notices
{
    public const string ReminderKind = "reminder";
    public const string NudgeKind = "nudge";

    /// <summary>A reminder is due on a planned training day without a check-in, once its time has passed.</summary>
    public static bool ReminderDue(Reminder reminder, DateTimeOffset now, GameClock clock, bool trainingDay, bool checkedInToday) =>
        trainingDay && !checkedInToday && reminder.HasPassed(now, clock);

    /// <summary>A nudge goes out while it still shows, to a partner who has not seen it and is not in the game.</summary>
    public static bool NudgeDue(bool stillShown, bool seen, bool playingNow) => stillShown && !seen && !playingNow;
}
