namespace StrengthQuest.Core.Days;

/// <summary>
/// How one player's instants become game days: their time zone's rules and the hour their day
/// starts. The zone arrives already resolved — Core never looks one up — so the rules stay a pure
/// function of data: the same instant and clock always give the same game day.
/// </summary>
public sealed record GameClock(TimeZoneInfo Zone, int DayStartHour)
{
    public static GameClock Utc(int dayStartHour) => new(TimeZoneInfo.Utc, dayStartHour);

    public DateOnly DayOf(DateTimeOffset instant) => GameDays.Of(instant, Zone, DayStartHour);
}
