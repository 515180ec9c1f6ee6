namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>How a game day stands for a streak.</summary>
public enum DayMark
{
    /// <summary>A planned training day with nothing recorded (or a pain-rest beyond the protected allowance).</summary>
    Miss,

    /// <summary>At least one session with entries.</summary>
    CheckIn,

    /// <summary>Only a pain-rest check-in, within the allowance: it bridges the run without adding to it.</summary>
    Protected,

    /// <summary>A weekday outside the training plan, without a check-in: it bridges the run.</summary>
    PlannedRest,

    /// <summary>A missed training day the partner carried (once a week per couple): it bridges without a freeze.</summary>
    Carried,

    /// <summary>
    /// A day the player's change of zone or day start jumped over (flying east) and that has no
    /// check-in: it bridges like a protected day, without using the protected allowance.
    /// </summary>
    Travel,
}

public static class DayMarks
{
    /// <summary>Kept the run alive without adding to it.</summary>
    public static bool Bridges(this DayMark mark) => mark is DayMark.Protected or DayMark.PlannedRest or DayMark.Carried or DayMark.Travel;
}
