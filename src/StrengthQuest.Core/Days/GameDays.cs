namespace StrengthQuest.Core.Days;

/// <summary>Which game day an instant belongs to for a player.</summary>
public static class GameDays
{
    /// <summary>The earliest day a player may ask about: the rules look weeks back from any day, which must stay a date.</summary>
    public static readonly DateOnly Earliest = new(1970, 1, 1);

    /// <summary>
    /// Local wall-clock time in the zone, minus the day-start hours, keeping the date. Working on
    /// the wall clock (not elapsed time) is what keeps DST from creating or losing a game day.
    /// </summary>
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone, int dayStartHour)
    {
        DateTime wallClock = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return DateOnly.FromDateTime(wallClock.AddHours(-dayStartHour));
    }

    public static IEnumerable<DateOnly> Range(DateOnly first, DateOnly last)
    {
        for (DateOnly day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
