using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Boss;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

public sealed record StreakState(int Current, int Longest, int Freezes);

/// <summary>A player's standing on one ladder as of a day.</summary>
public sealed record LadderState(
    string Id,
    string Name,
    int TopLevel,
    int Unlocked,
    int Suggested,
    int Qualifying,
    int Needed,
    bool CoolingDown,
    bool Holding,
    bool PainRising,
    int? LastPain)
{
    /// <summary>The level that hurt, while the ladder cools down.</summary>
    public int? CoolLevel { get; init; }
}

/// <summary>One game day of one player: how it stands for the streak and what it earned.</summary>
public sealed record DaySummary(DateOnly Day, DayMark Mark, DayXp Xp, int Sessions, int TrainingSessions, int StreakAfter)
{
    public int FreezesAfter { get; init; }
}

public sealed record PlayerState(
    Player Player,
    DateOnly AsOf,
    DayXp Xp,
    LevelProgress Level,
    StreakState Streak,
    DayMark Today,
    IReadOnlyList<LadderState> Ladders,
    IReadOnlyList<EarnedAchievement> Achievements,
    IReadOnlyList<LevelRecord> Records)
{
    public long TotalXp => Xp.Total;

    public LadderState? Ladder(string id) => Ladders.FirstOrDefault(l => l.Id == id);

    public bool CheckedInToday => Today == DayMark.CheckIn;

    /// <summary>The training plan in effect today.</summary>
    public TrainingPlan Plan { get; init; } = TrainingPlan.Daily;

    public bool TodayIsTrainingDay { get; init; } = true;
}

/// <summary>The couple's shared streak: the same figures for both partners, whichever of them asks.</summary>
public sealed record CoopState(int Current, int Longest, int Freezes, bool MeToday, bool PartnerToday)
{
    /// <summary>Co-op days (both partners checked in) in the ISO week of my today, so far: the couples' board ranks by it.</summary>
    public int DaysThisWeek { get; init; }
}

/// <summary>
/// The duel as one partner sees it: the week of their today, the crowns so far, and the week before
/// while it waits for the other partner's Sunday to end (null once decided).
/// </summary>
public sealed record DuelState(DuelWeek ThisWeek, int MyCrowns, int PartnerCrowns, DuelWeek? Deciding = null);

/// <summary>
/// Everything the rules say about a player (and their couple) at one moment. It holds totals only —
/// never per-day lists — so nothing in it depends on how much of the history an evaluation that
/// resumed from a snapshot replayed.
/// </summary>
public sealed record CoupleState(PlayerState Me, PlayerState? Partner, CoopState? Coop, DuelState? Duel)
{
    /// <summary>The couple's boss of my week (null without a partner or without bosses in the catalog).</summary>
    public BossWeek? Boss { get; init; }
}

/// <summary>A full replay's day-by-day account, for history views: every day of both partners and every duel week.</summary>
public sealed record CoupleTimeline(
    CoupleState State,
    IReadOnlyDictionary<DateOnly, DaySummary> MyDays,
    IReadOnlyDictionary<DateOnly, DaySummary>? PartnerDays,
    IReadOnlyList<DuelWeek> Weeks)
{
    /// <summary>The co-op streak at the end of each day replayed.</summary>
    public IReadOnlyDictionary<DateOnly, int> CoopDays { get; init; } = new Dictionary<DateOnly, int>();

    /// <summary>Days a partner carried: the day, and whether it was me who was carried.</summary>
    public IReadOnlyList<CarriedDay> Carries { get; init; } = [];

    /// <summary>Every week's boss, oldest first.</summary>
    public IReadOnlyList<BossWeek> Bosses { get; init; } = [];

    /// <summary>Ladder events (unlocks, cool-downs…) and broken records of each partner, with their days.</summary>
    public IReadOnlyList<LadderEvent> MyEvents { get; init; } = [];

    public IReadOnlyList<LadderEvent> PartnerEvents { get; init; } = [];

    public IReadOnlyList<(DateOnly Day, RecordBroken Record)> MyRecords { get; init; } = [];

    public IReadOnlyList<(DateOnly Day, RecordBroken Record)> PartnerRecords { get; init; } = [];
}

/// <summary>A missed training day carried by the partner.</summary>
public sealed record CarriedDay(DateOnly Day, bool MeCarried);
