namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>How a game day stands for a streak.</summary>
public enum DayMark
{
    /// <summary>Nothing recorded (or a pain-rest beyond the protected allowance).</summary>
    Miss,

    /// <summary>At least one session with entries.</summary>
    CheckIn,

    /// <summary>Only a pain-rest check-in, within the allowance: it bridges the run without adding to it.</summary>
    Protected,

    /// <summary>
    /// A day the player's change of zone or day start jumped over (flying east) and that has no
    /// check-in: it bridges like a protected day, without using the protected allowance.
    /// </summary>
    Travel,
}
