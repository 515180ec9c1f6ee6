using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Xp;

/// <summary>
/// Session XP: a ladder earns once per session — of several entries on one ladder only the one
/// with the most XP counts — plus a bonus when the session met the target (completion 1) on enough
/// different ladders. Repeating a ladder or spreading single reps over many earns nothing extra.
/// </summary>
public static class SessionXp
{
    public static int Of(Session session, GameCatalog catalog)
    {
        Dictionary<string, (int Xp, bool Complete)> best = new(StringComparer.Ordinal);
        foreach (Entry entry in session.Entries)
        {
            if (catalog.Find(entry.Ladder) is not { } ladder || !ladder.HasLevel(entry.Level))
            {
                continue;
            }

            LadderLevel level = ladder.Level(entry.Level);
            (int xp, bool complete) = best.GetValueOrDefault(entry.Ladder);
            best[entry.Ladder] = (Math.Max(xp, EntryXp.Of(entry, level, catalog.Rules)), complete || EntryXp.Complete(entry, level));
        }

        int total = best.Values.Sum(b => b.Xp);
        int completeLadders = best.Values.Count(b => b.Complete);
        return completeLadders >= catalog.Rules.MultiLadderMinimum ? total + catalog.Rules.MultiLadderBonusXp : total;
    }
}
