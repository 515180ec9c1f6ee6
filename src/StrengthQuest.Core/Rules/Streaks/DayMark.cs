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
}
