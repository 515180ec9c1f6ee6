using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Xp;

/// <summary>What one game day earned a player, split the way the summary shows it.</summary>
public readonly record struct DayXp(int Base, int StreakBonus, int CoopBonus)
{
    public int Total => Base + StreakBonus + CoopBonus;

    public static DayXp operator +(DayXp a, DayXp b) =>
        new(a.Base + b.Base, a.StreakBonus + b.StreakBonus, a.CoopBonus + b.CoopBonus);

    public static DayXp operator -(DayXp a, DayXp b) =>
        new(a.Base - b.Base, a.StreakBonus - b.StreakBonus, a.CoopBonus - b.CoopBonus);

    /// <summary>
    /// Only the first sessions with entries earn; each gets the streak bonus for the streak
    /// standing before this day; the whole day then gets the co-op bonus when both partners trained.
    /// </summary>
    public static DayXp For(IEnumerable<Session> sessionsOfDay, int streakBefore, bool partnerTrained, GameCatalog catalog)
    {
        GameRules rules = catalog.Rules;
        int streakPercent = 100 + Math.Min(streakBefore, rules.StreakBonusCapDays);
        int baseXp = 0;
        int withStreak = 0;
        foreach (Session session in sessionsOfDay.Where(s => s.HasEntries).Take(rules.XpSessionsPerDay))
        {
            int xp = SessionXp.Of(session, catalog);
            baseXp += xp;
            withStreak += Rounding.Percent(xp, streakPercent);
        }

        int coop = partnerTrained ? Rounding.Percent(withStreak, rules.CoopBonusPercent) : 0;
        return new DayXp(baseXp, withStreak - baseXp, coop);
    }
}
