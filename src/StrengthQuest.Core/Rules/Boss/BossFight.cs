using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;

namespace StrengthQuest.Core.Rules.Boss;

/// <summary>The couple's boss of one ISO week: its HP, the damage both partners' XP did, and whether it fell.</summary>
public sealed record BossWeek(string Week, DateOnly Monday, Catalog.Boss Boss, int Hp, int Damage)
{
    public bool Beaten => Damage >= Hp;
}

/// <summary>
/// Each ISO week the couple faces the catalog's next boss. Its HP is a share of the couple's mean
/// weekly XP over the weeks before (missing weeks count as none), rounded up, never below a floor;
/// every XP either partner earns that week is damage.
/// </summary>
public static class BossFight
{
    public static Catalog.Boss? Of(DateOnly monday, IReadOnlyList<Catalog.Boss> bosses) =>
        bosses.Count == 0 ? null : bosses[(int)((uint)(monday.DayNumber / 7) % (uint)bosses.Count)];

    /// <summary>HP from the couple's XP in each of the weeks before (as many as the rules average).</summary>
    public static int Hp(IEnumerable<int> weeksBefore, GameRules rules)
    {
        decimal mean = weeksBefore.Take(rules.BossWeeksAveraged).Sum(x => (decimal)x) / rules.BossWeeksAveraged;
        decimal share = mean * rules.BossHpPercent / 100m;
        int rounded = (int)Math.Ceiling(share / rules.BossHpRoundTo) * rules.BossHpRoundTo;
        return Math.Max(rules.BossMinHp, rounded);
    }

    public static BossWeek? Week(DateOnly monday, Func<DateOnly, int> coupleXp, GameCatalog catalog)
    {
        if (Of(monday, catalog.Bosses) is not { } boss)
        {
            return null;
        }

        IEnumerable<int> before = Enumerable.Range(1, catalog.Rules.BossWeeksAveraged).Select(k => coupleXp(monday.AddDays(-7 * k)));
        return new BossWeek(IsoWeeks.Label(monday), monday, boss, Hp(before, catalog.Rules), coupleXp(monday));
    }
}
