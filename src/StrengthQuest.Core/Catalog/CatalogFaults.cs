namespace StrengthQuest.Core.Catalog;

/// <summary>Checks a catalog's content and names each fault in words.</summary>
public static class CatalogFaults
{
    public static IReadOnlyList<string> Find(GameCatalog catalog)
    {
        List<string> faults = [];
        if (catalog.Ladders.Count == 0)
        {
            faults.Add("it has no ladders");
        }

        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (Ladder ladder in catalog.Ladders)
        {
            if (!seen.Add(ladder.Id))
            {
                faults.Add($"ladder \"{ladder.Id}\" appears twice");
            }

            faults.AddRange(LadderFaults(ladder));
        }

        QuestRules quest = catalog.Rules.Quest;
        if (catalog.Find(quest.WarmUpLadder) is null)
        {
            faults.Add($"the warm-up ladder \"{quest.WarmUpLadder}\" is not in the catalog");
        }

        foreach (string area in quest.Areas)
        {
            if (!catalog.Ladders.Any(l => l.QuestAreas.Contains(area)))
            {
                faults.Add($"no ladder covers the quest area \"{area}\"");
            }
        }

        return faults;
    }

    private static IEnumerable<string> LadderFaults(Ladder ladder)
    {
        if (!Players.Handle.IsValid(ladder.Id))
        {
            yield return $"ladder id \"{ladder.Id}\" must be lower-case letters, digits and dashes";
        }

        if (ladder.Levels.Count is < 3 or > 6)
        {
            yield return $"ladder \"{ladder.Id}\" has {ladder.Levels.Count} levels (3 to 6 expected)";
        }

        foreach (LadderLevel level in ladder.Levels)
        {
            string where = $"ladder \"{ladder.Id}\" level {level.Number}";
            if (level.Sets < 1 || level.Amount < 1)
            {
                yield return $"{where} needs at least 1 set of at least 1";
            }

            if (level.Cues.Count is < 1 or > 3)
            {
                yield return $"{where} has {level.Cues.Count} cues (1 to 3 expected)";
            }

            if (string.IsNullOrWhiteSpace(level.Name))
            {
                yield return $"{where} has no name";
            }
        }
    }
}
