using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Catalog;

/// <summary>Checks a catalog's content and names each fault in words.</summary>
public static class CatalogFaults
{
    public const int MinLevels = 3;
    public const int MaxLevels = 6;
    public const int MaxSets = 20;
    public const int MaxCues = 3;

    public static IReadOnlyList<string> Find(GameCatalog catalog)
    {
        List<string> faults = [.. RuleFaults.Find(catalog.Rules)];
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

        if (catalog.Evidence.Append(catalog.PainGuide.Safe).Append(catalog.PainGuide.Acceptable).Append(catalog.PainGuide.Stop).Append(catalog.PainGuide.Clinician)
            .Any(line => Unfit(line, allowBlank: false)))
        {
            faults.Add("its evidence and pain guide need text on every line, without control characters");
        }

        QuestRules quest = catalog.Rules.Quest;
        if (catalog.Find(quest.WarmUpLadder) is null)
        {
            faults.Add($"the warm-up ladder \"{quest.WarmUpLadder}\" is not in the catalog");
        }

        foreach (string ladder in quest.MobilityGroups.SelectMany(g => g).Where(id => catalog.Find(id) is null))
        {
            faults.Add($"the mobility ladder \"{ladder}\" is not in the catalog");
        }

        if (catalog.Bosses.Any(b => string.IsNullOrWhiteSpace(b.Name) || string.IsNullOrWhiteSpace(b.Flavour) || Text.SafeText.HasControl(b.Name + b.Flavour)))
        {
            faults.Add("every boss needs a name and a line of flavour, without control characters");
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

        if (ladder.Levels.Count is < MinLevels or > MaxLevels)
        {
            yield return $"ladder \"{ladder.Id}\" has {ladder.Levels.Count} levels ({MinLevels} to {MaxLevels} expected)";
        }

        if (Unfit(ladder.Name, allowBlank: false) || Unfit(ladder.Area, allowBlank: true) || Unfit(ladder.Safety, allowBlank: true)
            || ladder.QuestAreas.Any(area => Unfit(area, allowBlank: false)))
        {
            yield return $"ladder \"{ladder.Id}\" has a name, area, quest area or safety line that is blank or holds control characters";
        }

        foreach (LadderLevel level in ladder.Levels)
        {
            string where = $"ladder \"{ladder.Id}\" level {level.Number}";
            if (level.Sets is < 1 or > MaxSets || level.Amount is < 1 or > SetList.MaxAmount)
            {
                yield return $"{where} asks {level.Sets}×{level.Amount} (1 to {MaxSets} sets of 1 to {SetList.MaxAmount} expected)";
            }

            if (level.Cues.Count is < 1 or > MaxCues)
            {
                yield return $"{where} has {level.Cues.Count} cues (1 to {MaxCues} expected)";
            }

            if (string.IsNullOrWhiteSpace(level.Name))
            {
                yield return $"{where} has no name";
            }

            if (Unfit(level.Name, allowBlank: true) || level.Cues.Any(cue => Unfit(cue, allowBlank: false)))
            {
                yield return $"{where} has a blank cue or control characters in its name or cues";
            }
        }
    }

    /// <summary>Text the game will show: it may not hold control characters (nor be blank, where text is needed).</summary>
    private static bool Unfit(string? text, bool allowBlank) =>
        string.IsNullOrWhiteSpace(text) ? !allowBlank : Text.SafeText.HasControl(text);
}
