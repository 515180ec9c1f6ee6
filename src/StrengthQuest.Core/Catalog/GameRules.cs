namespace StrengthQuest.Core.Catalog;

/// <summary>The tunable numbers of GAME.md; the shipped defaults live in data/catalog.json.</summary>
public sealed record GameRules
{
    public int EntryXpPerLevel { get; init; } = 10;
    public int MultiLadderBonusXp { get; init; } = 20;
    public int MultiLadderMinimum { get; init; } = 3;
    public int StreakBonusCapDays { get; init; } = 30;
    public int CoopBonusPercent { get; init; } = 25;
    public int XpSessionsPerDay { get; init; } = 2;
    public int BackfillDays { get; init; } = 3;
    public int DefaultDayStartHour { get; init; } = 4;
    public int FreezeEveryDays { get; init; } = 7;
    public int MaxFreezes { get; init; } = 2;
    public int ProtectedDaysPerWindow { get; init; } = 3;
    public int ProtectedWindowDays { get; init; } = 7;
    public int RestDayMinPain { get; init; } = 6;
    public int QualifyingSessionsToUnlock { get; init; } = 3;
    public int QualifyingMaxPain { get; init; } = 3;
    public int CoolDownPain { get; init; } = 6;
    public int CoolDownRecoveryEntries { get; init; } = 2;
    public int RisingPainEntries { get; init; } = 3;
    public int NoteMaxLength { get; init; } = 200;
    public int NudgeEveryMinutes { get; init; } = 60;
    public int NudgeShowsHours { get; init; } = 24;

    /// <summary>The training plan of a player who has not chosen one: a preset name or weekdays.</summary>
    public string DefaultPlan { get; init; } = "daily";
    public int CarriesPerWeek { get; init; } = 1;
    public int BossMinHp { get; init; } = 150;
    public int BossHpPercent { get; init; } = 60;
    public int BossWeeksAveraged { get; init; } = 4;
    public int BossHpRoundTo { get; init; } = 10;

    /// <summary>A set typed above this many times the level's target asks to be confirmed (a typo, most likely).</summary>
    public int ConfirmSetOverTargetTimes { get; init; } = 5;

    public LevelCurveRules LevelCurve { get; init; } = new();
    public QuestRules Quest { get; init; } = new();
    public HostRules Host { get; init; } = new();
}

/// <summary>
/// A host where couples sign up by key: how long invite and device codes are and last, and how
/// fast codes may be guessed (a third wrong try within the window is refused until it passes).
/// </summary>
public sealed record HostRules
{
    public int CodeLength { get; init; } = 8;
    public int InviteValidHours { get; init; } = 72;
    public int DeviceCodeValidMinutes { get; init; } = 15;
    public int WrongCodesAllowed { get; init; } = 2;
    public int WrongCodesWindowSeconds { get; init; } = 60;

    /// <summary>Wrong codes from all keys that have no player yet together (a new key costs nothing to make).</summary>
    public int WrongCodesFromNewKeysAllowed { get; init; } = 20;
}

/// <summary>XP needed from level L to L+1: linear below 5, fixed at 5, quadratic above.</summary>
public sealed record LevelCurveRules
{
    public int LinearXpPerLevel { get; init; } = 25;
    public int LinearBelowLevel { get; init; } = 5;
    public int XpAtLevelFive { get; init; } = 150;
    public double QuadraticA { get; init; } = 0.25;
    public double QuadraticB { get; init; } = 10;
    public double QuadraticC { get; init; } = 139.75;
    public int RoundTo { get; init; } = 10;
}

/// <summary>How today's quest is put together and timed.</summary>
public sealed record QuestRules
{
    public int MinLadders { get; init; } = 4;
    public int MaxLadders { get; init; } = 6;
    public int MinMinutes { get; init; } = 15;
    public int MaxMinutes { get; init; } = 25;
    public string WarmUpLadder { get; init; } = "backward-walk";
    public IReadOnlyList<string> Areas { get; init; } = ["shin", "calf", "knee", "hamstring", "hip"];
    public int SecondsPerRep { get; init; } = 3;
    public int RestSecondsBetweenSets { get; init; } = 45;
    public int SetupSeconds { get; init; } = 30;
    public int MetresPerMinute { get; init; } = 40;

    /// <summary>The mobility flow of a planned rest day: one ladder from each group, in turn, within the minutes.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MobilityGroups { get; init; } = [["tibialis-raise"], ["calf-raise", "soleus-raise"], ["couch-stretch"]];
    public int MobilityMinLadders { get; init; } = 2;
    public int MobilityMaxMinutes { get; init; } = 10;
}
