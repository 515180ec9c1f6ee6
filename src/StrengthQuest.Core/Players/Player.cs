namespace StrengthQuest.Core.Players;

/// <summary>Someone who trains: a handle, a display name, a time zone and the hour their game day starts.</summary>
public sealed record Player(long Id, string Handle, string Name, string TimeZoneId, int DayStartHour)
{
    public const int MaxDayStartHour = 23;

    public static bool IsValidDayStart(int hour) => hour is >= 0 and <= MaxDayStartHour;
}
