using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>
/// The tag-team carry: when a player misses a planned training day and their partner met every
/// target of that day's quest with low pain, the partner carries the day (a few times a week per
/// couple, once by default). It bridges both streaks without a freeze and earns no XP.
/// </summary>
public static class Carry
{
    /// <summary>
    /// Whether the day's sessions met every target of the quest at pain within the safe zone: each
    /// quest exercise matched by an entry on its ladder (or one swapped in for the same body area) at
    /// its level or above, every target set met.
    /// </summary>
    public static bool MetQuest(QuestPlan quest, IEnumerable<Session> sessions, GameCatalog catalog)
    {
        List<Entry> pool = [.. sessions.SelectMany(s => s.Entries).Where(e => Counts(e, catalog))];
        List<QuestItem> open = [.. quest.Items];
        if (open.Count == 0)
        {
            return false;
        }

        foreach (Func<QuestItem, Entry, bool> matches in new Func<QuestItem, Entry, bool>[]
        {
            (item, entry) => entry.Ladder == item.Ladder.Id,
            (item, entry) => catalog.Find(entry.Ladder)!.QuestAreas.Intersect(item.Ladder.QuestAreas).Any(),
        })
        {
            foreach (QuestItem item in open.ToArray())
            {
                Entry? found = pool.FirstOrDefault(e => matches(item, e) && e.Level >= item.Level.Number);
                if (found is not null)
                {
                    pool.Remove(found);
                    open.Remove(item);
                }
            }
        }

        return open.Count == 0;
    }

    private static bool Counts(Entry entry, GameCatalog catalog) =>
        entry.Pain <= catalog.Rules.QualifyingMaxPain
        && catalog.Find(entry.Ladder) is { } ladder
        && ladder.HasLevel(entry.Level)
        && EntryXp.TargetMet(entry, ladder.Level(entry.Level));
}
