namespace StrengthQuest.Cli.Json;

/// <summary>The JSON contract of <c>status --json</c> (camelCase).</summary>
public sealed record StatusJson(
    string Player,
    string Name,
    string GameDay,
    string TimeZone,
    int DayStartHour,
    int Level,
    long Xp,
    int XpIntoLevel,
    int XpForNextLevel,
    bool CheckedInToday,
    StreakJson Streak,
    CoopJson? Coop,
    DuelJson? Duel,
    IReadOnlyList<LadderJson> Ladders,
    IReadOnlyList<AchievementJson> Achievements,
    IReadOnlyList<string> PainAdvice,
    IReadOnlyList<string> Plan,
    bool TodayIsTrainingDay,
    BossJson? Boss)
{
    /// <summary>The couple's place on the couples' board, or null when it is not on it.</summary>
    public BoardPlaceJson? Board { get; init; }
}

public sealed record BossJson(string Week, string Name, int Hp, int Damage, bool Beaten);

public sealed record StreakJson(int Current, int Longest, int Freezes);

public sealed record CoopJson(string Partner, string PartnerName, int Current, int Longest, int Freezes, bool YouToday, bool PartnerToday);

public sealed record DuelJson(string Week, long Xp, long PartnerXp, int Crowns, int PartnerCrowns);

public sealed record LadderJson(
    string Id,
    string Name,
    int Levels,
    int Unlocked,
    int Suggested,
    int Qualifying,
    int Needed,
    bool CoolingDown,
    bool Holding,
    bool PainRising);

public sealed record AchievementJson(string Id, string Title, string Day);
