using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>A ladder level that opened.</summary>
public sealed record Unlock(string Ladder, string LadderName, int Level, string LevelName)
{
    /// <summary>The levels open in <paramref name="now"/> that were not in <paramref name="was"/>.</summary>
    public static List<Unlock> Opened(PlayerState was, PlayerState now, GameCatalog catalog)
    {
        List<Unlock> unlocks = [];
        foreach (LadderState ladder in now.Ladders)
        {
            int from = was.Ladder(ladder.Id)?.Unlocked ?? 1;
            for (int level = from + 1; level <= ladder.Unlocked; level++)
            {
                Ladder? info = catalog.Find(ladder.Id);
                unlocks.Add(new Unlock(ladder.Id, ladder.Name, level, info?.Level(level).Name ?? ""));
            }
        }

        return unlocks;
    }
}

/// <summary>What one check-in earned and changed: the difference between the state before and after it.</summary>
public sealed record CheckInSummary(
    Session Session,
    DayXp Earned,
    int LevelBefore,
    int LevelAfter,
    IReadOnlyList<Unlock> Unlocks,
    IReadOnlyList<RecordBroken> Records,
    IReadOnlyList<EarnedAchievement> Achievements,
    IReadOnlyList<string> PainAdvice,
    bool EarnedNothingForSessionCap,
    bool RestProtected,
    CoupleState After)
{
    public int XpEarned => Earned.Total;

    public bool LeveledUp => LevelAfter > LevelBefore;

    /// <summary>The difference between the state before and after, with what the session itself did as the fold saw it.</summary>
    internal static CheckInSummary Between(CoupleState before, CoupleState after, Session session, PlayerFold fold, GameCatalog catalog)
    {
        PlayerState was = before.Me;
        PlayerState now = after.Me;
        List<Unlock> unlocks = Unlock.Opened(was, now, catalog);
        HashSet<string> had = [.. was.Achievements.Select(a => a.Id)];
        DaySummary? day = fold.Days.GetValueOrDefault(session.Day);
        return new CheckInSummary(
            session,
            now.Xp - was.Xp,
            was.Level.Level,
            now.Level.Level,
            unlocks,
            [.. fold.RecordsOf(session.Uid)],
            [.. now.Achievements.Where(a => !had.Contains(a.Id))],
            [.. fold.EventsOf(session.Uid).Select(e => Rules.Progression.PainAdvice.For(e, catalog)).OfType<string>().Distinct()],
            session.HasEntries && day?.TrainingSessions > catalog.Rules.XpSessionsPerDay && now.Xp == was.Xp,
            session.IsRest && day?.Mark is DayMark.Protected or DayMark.Travel,
            after);
    }
}
