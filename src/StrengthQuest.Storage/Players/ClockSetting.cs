namespace StrengthQuest.Storage.Players;

/// <summary>A zone and day start a player used until an instant (travel history; the current one is on the player).</summary>
public sealed record ClockSetting(DateTimeOffset Until, string TimeZoneId, int DayStartHour);
