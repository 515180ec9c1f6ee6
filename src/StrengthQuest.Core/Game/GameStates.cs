using StrengthQuest.Core.Players;
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
public sealed record DaySummary(DateOnly Day, DayMark Mark, DayXp Xp, int Sessions, int TrainingSessions, int StreakAfter);

/// <summary>A ladder event or broken record, with the session whose entry caused it.</summary>
public sealed record Tagged<T>(string SessionUid, T Item);

public sealed record PlayerState(
    Player Player,
    DateOnly AsOf,
    DayXp Xp,
    LevelProgress Level,
    StreakState Streak,
    DayMark Today,
    IReadOnlyList<LadderState> Ladders,
    IReadOnlyList<EarnedAchievement> Achievements,
    IReadOnlyList<LevelRecord> Records,
    IReadOnlyDictionary<DateOnly, DaySummary> Days,
    IReadOnlyList<Tagged<LadderEvent>> LadderEvents,
    IReadOnlyList<Tagged<RecordBroken>> RecordsBroken)
{
    public long TotalXp => Xp.Total;

    public LadderState? Ladder(string id) => Ladders.FirstOrDefault(l => l.Id == id);

    public bool CheckedInToday => Today == DayMark.CheckIn;
}

public sealed record CoopState(int Current, int Longest, int Freezes, bool MeToday, bool PartnerToday);

public sealed record DuelState(DuelWeek ThisWeek, int MyCrowns, int PartnerCrowns, IReadOnlyList<DuelWeek> Weeks);

/// <summary>Everything the rules say about a player (and their couple) as of one game day.</summary>
public sealed record CoupleState(PlayerState Me, PlayerState? Partner, CoopState? Coop, DuelState? Duel);
