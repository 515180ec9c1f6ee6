using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.CheckIns;

/// <summary>
/// A pain-rest check-in: no entries, pain at or above the catalog's minimum. A day that already has
/// a check-in with entries takes no pain-rest, and a day takes at most one.
/// </summary>
public static class PainRest
{
    /// <summary>Why a pain-rest at <paramref name="pain"/> cannot go on <paramref name="day"/>, or null when it can.</summary>
    public static string? Problem(int pain, DateOnly day, IEnumerable<Session> sameDay, GameRules rules)
    {
        if (pain < rules.RestDayMinPain)
        {
            return $"A pain-rest day is for pain of {rules.RestDayMinPain} or more; at {pain}, log what you managed instead — the pain guard will hold your level.";
        }

        Session[] already = [.. sameDay.Where(s => s.Day == day)];
        if (already.Any(s => s.HasEntries))
        {
            return $"{day:yyyy-MM-dd} already has a check-in with exercises, so it takes no pain-rest; rest tomorrow if you need to.";
        }

        return already.Any(s => s.IsRest)
            ? $"{day:yyyy-MM-dd} already has a pain-rest check-in; a day takes one."
            : null;
    }
}
