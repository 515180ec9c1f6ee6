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

    public static DateOnly Sunday(DateOnly day) => Monday(day).AddDays(6);
}
