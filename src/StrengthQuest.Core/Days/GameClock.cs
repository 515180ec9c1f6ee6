namespace StrengthQuest.Core.Days;

/// <summary>A zone and day start a player used until an instant, before they changed it.</summary>
public sealed record EarlierClock(DateTimeOffset Until, TimeZoneInfo Zone, int DayStartHour);

/// <summary>
/// How one player's instants become game days: their time zone's rules and the hour their day
/// starts, now and — when they travelled or moved their day start — before. The zones arrive
/// already resolved (Core never looks one up), so the rules stay a pure function of data: the same
/// instant and clock always give the same game day.
/// A change never moves a player's day backwards (flying west, the day they are on lasts until the
/// new clock reaches it, so no day is lived twice), and the days a change jumps over (flying east)
/// are <see cref="SkippedDays"/>, which bridge the streaks.
/// </summary>
public sealed record GameClock(TimeZoneInfo Zone, int DayStartHour)
{
    /// <summary>The settings used before this one, oldest first, each with the instant it ended.</summary>
    public IReadOnlyList<EarlierClock> Earlier { get; init; } = [];

    public static GameClock Utc(int dayStartHour) => new(TimeZoneInfo.Utc, dayStartHour);

    /// <summary>The player's game day at the instant: their clock's day then, or the latest day they had already reached.</summary>
    public DateOnly DayOf(DateTimeOffset instant)
    {
        DateOnly reached = DateOnly.MinValue;
        foreach (EarlierClock earlier in Earlier)
        {
            if (instant < earlier.Until)
            {
                return Later(reached, GameDays.Of(instant, earlier.Zone, earlier.DayStartHour));
            }

            reached = Later(reached, GameDays.Of(earlier.Until, earlier.Zone, earlier.DayStartHour));
        }

        return Later(reached, GameDays.Of(instant, Zone, DayStartHour));
    }

    /// <summary>Game days a change of clock jumped over: never lived, so never a miss.</summary>
    public IEnumerable<DateOnly> SkippedDays()
    {
        DateOnly reached = DateOnly.MinValue;
        for (int i = 0; i < Earlier.Count; i++)
        {
            EarlierClock change = Earlier[i];
            reached = Later(reached, GameDays.Of(change.Until, change.Zone, change.DayStartHour));
            (TimeZoneInfo zone, int hour) = i + 1 < Earlier.Count ? (Earlier[i + 1].Zone, Earlier[i + 1].DayStartHour) : (Zone, DayStartHour);
            DateOnly landed = GameDays.Of(change.Until, zone, hour);
            for (DateOnly day = reached.AddDays(1); day < landed; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
