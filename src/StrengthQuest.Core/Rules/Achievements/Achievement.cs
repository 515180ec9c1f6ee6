namespace StrengthQuest.Core.Rules.Achievements;

/// <summary>Something earned once, on the day it happened.</summary>
public sealed record Achievement(string Id, string Title)
{
    public static readonly Achievement FirstSession = new("first-session", "First session");
    public static readonly Achievement Streak7 = new("streak-7", "7-day streak");
    public static readonly Achievement Streak30 = new("streak-30", "30-day streak");
    public static readonly Achievement Streak100 = new("streak-100", "100-day streak");
    public static readonly Achievement Coop7 = new("coop-7", "7-day co-op streak");
    public static readonly Achievement Coop30 = new("coop-30", "30-day co-op streak");
    public static readonly Achievement FirstUnlock = new("first-unlock", "First unlock");
    public static readonly Achievement LevelThreeEverywhere = new("level-3-everywhere", "Level 3 on every ladder");
    public static readonly Achievement TopOfALadder = new("top-level", "Top level of a ladder");
    public static readonly Achievement FirstCrown = new("first-crown", "First weekly crown");
    public static readonly Achievement TenCrowns = new("ten-crowns", "10 crowns");
    public static readonly Achievement FirstBoss = new("first-boss", "First boss beaten");
    public static readonly Achievement TenBosses = new("ten-bosses", "10 bosses beaten");
    public static readonly Achievement FirstCarry = new("first-carry", "First carry");

    public static IReadOnlyList<Achievement> All { get; } =
    [
        FirstSession, Streak7, Streak30, Streak100, Coop7, Coop30,
        FirstUnlock, LevelThreeEverywhere, TopOfALadder, FirstCrown, TenCrowns, FirstBoss, TenBosses, FirstCarry,
    ];

    public static string TitleOf(string id) => All.FirstOrDefault(a => a.Id == id)?.Title ?? id;
}

public sealed record EarnedAchievement(string Id, DateOnly Day)
{
    public string Title => Achievement.TitleOf(Id);
}
