namespace StrengthQuest.Core.Days;

/// <summary>A check-in may go up to N game days back, never into the future.</summary>
public static class BackfillWindow
{
    /// <summary>Why the day cannot be logged, or null when it can.</summary>
    public static string? Problem(DateOnly day, DateOnly today, int backfillDays)
    {
        if (day > today)
        {
            return $"{day:yyyy-MM-dd} is in the future; today's game day is {today:yyyy-MM-dd}.";
        }

        DateOnly earliest = today.AddDays(-backfillDays);
        return day < earliest
            ? $"{day:yyyy-MM-dd} is too far back: check-ins can be backfilled up to {backfillDays} game days, to {earliest:yyyy-MM-dd}."
            : null;
    }

    /// <summary>Why a session on <paramref name="day"/> can no longer be changed or deleted, or null when it can.</summary>
    public static string? CorrectionProblem(DateOnly day, DateOnly today, int backfillDays)
    {
        DateOnly earliest = today.AddDays(-backfillDays);
        return day < earliest
            ? $"The session of {day:yyyy-MM-dd} is settled: sessions can be changed or deleted only while their game day is in the backfill window, {earliest:yyyy-MM-dd} to {today:yyyy-MM-dd}."
            : null;
    }
}
