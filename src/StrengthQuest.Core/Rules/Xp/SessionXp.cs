using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Xp;

/// <summary>Session XP = sum of entry XP, plus a bonus when the session spans 3 or more ladders.</summary>
public static class SessionXp
{
    public static int Of(Session session, GameCatalog catalog)
    {
        int xp = 0;
        foreach (Entry entry in session.Entries)
        {
            if (catalog.Find(entry.Ladder) is { } ladder && ladder.HasLevel(entry.Level))
            {
                xp += EntryXp.Of(entry, ladder.Level(entry.Level), catalog.Rules);
            }
        }

        int ladders = session.Entries.Select(e => e.Ladder).Distinct(StringComparer.Ordinal).Count();
        return ladders >= catalog.Rules.MultiLadderMinimum ? xp + catalog.Rules.MultiLadderBonusXp : xp;
    }
}
