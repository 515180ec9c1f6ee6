namespace StrengthQuest.Cli.Json;

public sealed record PlayerJson(string Handle, string Name, string TimeZone, int DayStartHour, string? Partner);

public sealed record QuestJson(string Player, string GameDay, int Minutes, IReadOnlyList<QuestItemJson> Items);

public sealed record QuestItemJson(
    string Ladder,
    string Name,
    int Level,
    string LevelName,
    string Measure,
    int Sets,
    int Amount,
    string Target,
    int Minutes,
    bool WarmUp,
    IReadOnlyList<string> Cues,
    string? Safety);

public sealed record HistoryJson(string Player, string From, string To, IReadOnlyList<HistoryDayJson> Days);

public sealed record HistoryDayJson(string Day, string Mark, int Xp, int StreakAfter, IReadOnlyList<SessionJson> Sessions)
{
    /// <summary>The partner's handle, on a missed training day they carried.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? CarriedBy { get; init; }
}

public sealed record SessionJson(string Uid, string RecordedAt, bool Backfilled, bool Rest, int? RestPain, string? Note, IReadOnlyList<EntryJson> Entries);

public sealed record EntryJson(string Ladder, int Level, int Pain, IReadOnlyList<SetJson> Sets);

public sealed record SetJson(int Amount, decimal? LoadKg);

public sealed record CheckInJson(
    string Player,
    string Session,
    string Day,
    bool Backfilled,
    bool Rest,
    int Xp,
    int BaseXp,
    int StreakBonus,
    int CoopBonus,
    int Level,
    bool LeveledUp,
    IReadOnlyList<string> Unlocks,
    IReadOnlyList<string> Records,
    IReadOnlyList<AchievementJson> Achievements,
    IReadOnlyList<string> PainAdvice,
    StreakJson Streak);

public sealed record CorrectionJson(
    string Player,
    string Action,
    string Session,
    string Day,
    SessionJson? Now,
    long XpBefore,
    long Xp,
    long XpChange,
    int LevelBefore,
    int Level,
    StreakJson StreakBefore,
    StreakJson Streak,
    int? CoopBefore,
    int? Coop,
    IReadOnlyList<string> Unlocked,
    IReadOnlyList<string> Relocked,
    IReadOnlyList<AchievementJson> AchievementsEarned,
    IReadOnlyList<AchievementJson> AchievementsLost);

public sealed record PlayerChangeJson(
    string Player,
    string Name,
    string TimeZone,
    int DayStartHour,
    string GameDayBefore,
    string GameDay,
    IReadOnlyList<string> SkippedDays,
    IReadOnlyList<string> Plan,
    string? PlanFrom,
    string? RemindAt,
    string? NotifyTo);

public sealed record RecapJson(
    string Player,
    string Week,
    string From,
    string To,
    RecapPlayerJson Me,
    RecapPlayerJson? Partner,
    BossJson? Boss,
    CrownJson? Crown,
    int? CoopStreakAtEnd);

public sealed record RecapPlayerJson(
    string Player,
    string Name,
    int Xp,
    int Sessions,
    IReadOnlyList<RecapDayJson> Days,
    IReadOnlyList<string> Records,
    IReadOnlyList<string> Unlocks,
    int StreakAtEnd,
    IReadOnlyList<string> Carried);

public sealed record RecapDayJson(string Day, int Xp, int Sessions, int? Pain, string Mark);

public sealed record CrownJson(bool Decided, bool You, bool Partner);
