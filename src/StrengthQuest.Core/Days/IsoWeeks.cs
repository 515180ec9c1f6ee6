using System.Globalization;

namespace StrengthQuest.Core.Days;

/// <summary>ISO-8601 weeks of game days: Monday to Sunday, labelled like 2026-W48.</summary>
public static class IsoWeeks
{
    public static string Label(DateOnly day)
    {
        DateTime date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The Monday of a week written like 2026-W48; null when the text is not such a week.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (text is not { Length: 8 } || text[4] != '-' || text[5] is not ('W' or 'w')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week)
            || year < 1 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
    }

    public static DateOnly Sunday(DateOnly day) => Monday(day).AddDays(6);
}
