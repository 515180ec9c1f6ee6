using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>A ladder level that opened.</summary>
public sealed record Unlock(string Ladder, string LadderName, int Level, string LevelName);

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

    public static CheckInSummary Between(CoupleState before, CoupleState after, Session session, GameCatalog catalog)
    {
        PlayerState was = before.Me;
        PlayerState now = after.Me;
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

        HashSet<string> had = [.. was.Achievements.Select(a => a.Id)];
        DaySummary? day = now.Days.GetValueOrDefault(session.Day);
        return new CheckInSummary(
            session,
            now.Xp - was.Xp,
            was.Level.Level,
            now.Level.Level,
            unlocks,
            [.. now.RecordsBroken.Where(r => r.SessionUid == session.Uid).Select(r => r.Item)],
            [.. now.Achievements.Where(a => !had.Contains(a.Id))],
            [
                .. now.LadderEvents
                    .Where(e => e.SessionUid == session.Uid)
                    .Select(e => Rules.Progression.PainAdvice.For(e.Item, catalog))
                    .OfType<string>()
                    .Distinct(),
            ],
            session.HasEntries && day?.TrainingSessions > catalog.Rules.XpSessionsPerDay && now.Xp == was.Xp,
            session.IsRest && day?.Mark == DayMark.Protected,
            after);
    }
}
