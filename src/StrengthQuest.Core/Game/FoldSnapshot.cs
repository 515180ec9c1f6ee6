using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;

namespace StrengthQuest.Core.Game;

/// <summary>
/// The engine's running totals at the end of one settled game day. Nothing in it is new
/// information: it is exactly what a replay of the history up to that day produces, kept so a
/// later evaluation can resume there instead of replaying years. Any session added on or before
/// <see cref="ThroughDay"/> makes it stale, and it is then thrown away.
/// </summary>
public sealed record FoldSnapshot(
    DateOnly ThroughDay,
    PlayerSnapshot Me,
    PlayerSnapshot? Partner,
    CounterSnapshot? Coop,
    DuelSnapshot? Duel,
    IReadOnlyList<EarnedAchievement> MyCoopBadges,
    IReadOnlyList<EarnedAchievement> PartnerCoopBadges)
{
    /// <summary>Bump when the engine's logic changes, so snapshots from older code are never resumed.</summary>
    public const int EngineVersion = 4;

    /// <summary>How many weekly bosses the couple has beaten.</summary>
    public int BossesBeaten { get; init; }

    /// <summary>The Monday of the week of each carry used in the weeks still open.</summary>
    public IReadOnlyList<DateOnly> CarryWeeks { get; init; } = [];
}

public sealed record PlayerSnapshot(
    CounterSnapshot Streak,
    IReadOnlyList<DateOnly> ProtectedDays,
    int XpBase,
    int XpStreakBonus,
    int XpCoopBonus,
    IReadOnlyList<LadderSnapshot> Ladders,
    IReadOnlyList<LevelRecord> Records,
    IReadOnlyList<EarnedAchievement> Achievements);

public sealed record CounterSnapshot(int Current, int Longest, int Freezes);

public sealed record LadderSnapshot(
    string Id,
    int Unlocked,
    bool CoolingDown,
    int CoolLevel,
    int? HoldLevel,
    int CalmRun,
    int Entries,
    IReadOnlyList<int> RecentPains,
    IReadOnlyList<int> QualifyingDays,
    IReadOnlyList<DateOnly?> LastQualifyingDay);

/// <summary>The crowns, the weeks still open, and the last closed weeks (the boss's HP is reckoned from them).</summary>
public sealed record DuelSnapshot(int MyCrowns, int PartnerCrowns, IReadOnlyList<WeekSnapshot> OpenWeeks);

public sealed record WeekSnapshot(DateOnly Monday, int Me, int Partner, bool Closed = false);
