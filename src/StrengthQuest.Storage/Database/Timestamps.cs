using System.Globalization;

namespace StrengthQuest.Storage.Database;

/// <summary>Instants are stored as UTC ISO-8601 text, days as yyyy-MM-dd.</summary>
public static class Timestamps
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Format(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
