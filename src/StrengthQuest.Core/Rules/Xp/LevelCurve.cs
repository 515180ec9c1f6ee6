using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Xp;

/// <summary>Where a total of XP puts a player: level, XP into it, XP needed for the next.</summary>
public readonly record struct LevelProgress(int Level, int XpIntoLevel, int XpForNextLevel);

/// <summary>
/// XP to go from level L to L+1: 25·L below 5, 150 at 5, and
/// round((0.25·L² + 10·L + 139.75) ÷ 10) × 10 above. Players start at level 1 with 0 XP.
/// </summary>
public static class LevelCurve
{
    public static int XpToNext(int level, LevelCurveRules rules)
    {
        if (level < rules.LinearBelowLevel)
        {
            return rules.LinearXpPerLevel * level;
        }

        if (level == rules.LinearBelowLevel)
        {
            return rules.XpAtLevelFive;
        }

        decimal raw = ((decimal)rules.QuadraticA * level * level) + ((decimal)rules.QuadraticB * level) + (decimal)rules.QuadraticC;
        return Rounding.Round(raw / rules.RoundTo) * rules.RoundTo;
    }

    public static LevelProgress For(long totalXp, LevelCurveRules rules)
    {
        int level = 1;
        long left = totalXp;
        int next = XpToNext(level, rules);
        while (left >= next)
        {
            left -= next;
            level++;
            next = XpToNext(level, rules);
        }

        return new LevelProgress(level, (int)left, next);
    }
}
