using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Quest;

/// <summary>One exercise of today's quest, at the level the game suggests.</summary>
public sealed record QuestItem(Ladder Ladder, LadderLevel Level, int Seconds, bool WarmUp);

/// <summary>Today's proposed session: ladders in session order and an estimated duration.</summary>
public sealed record QuestPlan(DateOnly Day, IReadOnlyList<QuestItem> Items)
{
    /// <summary>A planned rest day's short mobility flow rather than a training day's quest.</summary>
    public bool Mobility { get; init; }

    public int Seconds => Items.Sum(i => i.Seconds);

    public int Minutes => QuestEstimate.Minutes(Seconds);
}

/// <summary>
/// Builds today's quest: the warm-up, then one ladder for each body area (shin, calf, knee,
/// hamstring, hip), rotating through each area's ladders day by day, sized to the target minutes.
/// </summary>
public static class TodaysQuest
{
    /// <summary>The quest of a day: the training quest on a planned training day, else the mobility flow.</summary>
    public static QuestPlan For(GameCatalog catalog, bool trainingDay, Func<string, int> suggestedLevel, DateOnly day) =>
        trainingDay ? Plan(catalog, suggestedLevel, day) : MobilityFlow(catalog, suggestedLevel, day);

    /// <summary>
    /// A planned rest day's flow: one ladder from each mobility group (shin, calf, hip flexors), the
    /// group's ladders taken in turn day by day, as many as fit the minutes (at least the minimum).
    /// </summary>
    public static QuestPlan MobilityFlow(GameCatalog catalog, Func<string, int> suggestedLevel, DateOnly day)
    {
        QuestRules rules = catalog.Rules.Quest;
        List<QuestItem> picked = [];
        int seconds = 0;
        foreach (IReadOnlyList<string> group in rules.MobilityGroups)
        {
            Ladder[] ladders = [.. group.Select(catalog.Find).OfType<Ladder>()];
            if (ladders.Length == 0)
            {
                continue;
            }

            QuestItem item = Item(ladders[day.DayNumber % ladders.Length], suggestedLevel, rules, warmUp: false);
            if (picked.Count >= rules.MobilityMinLadders && seconds + item.Seconds > rules.MobilityMaxMinutes * 60)
            {
                break;
            }

            picked.Add(item);
            seconds += item.Seconds;
        }

        return new QuestPlan(day, picked) { Mobility = true };
    }

    public static QuestPlan Plan(GameCatalog catalog, Func<string, int> suggestedLevel, DateOnly day)
    {
        QuestRules rules = catalog.Rules.Quest;
        int rotation = day.DayNumber;
        List<QuestItem> picked = [];
        List<QuestItem> spares = [];
        for (int i = 0; i < rules.Areas.Count; i++)
        {
            string area = rules.Areas[i];
            Ladder[] candidates = [.. catalog.Ladders.Where(l => l.Id != rules.WarmUpLadder && l.QuestAreas.Contains(area))];
            if (candidates.Length == 0 || picked.Any(p => p.Ladder.QuestAreas.Contains(area)))
            {
                continue;
            }

            Ladder[] fresh =
            [
                .. Enumerable.Range(0, candidates.Length)
                    .Select(k => candidates[(rotation + i + k) % candidates.Length])
                    .Where(l => !picked.Any(p => p.Ladder.Id == l.Id)),
            ];
            picked.Add(Item(fresh[0], suggestedLevel, rules, warmUp: false));
            if (fresh.Length > 1)
            {
                spares.Add(Item(fresh[1], suggestedLevel, rules, warmUp: false));
            }
        }

        int seconds = picked.Sum(p => p.Seconds);
        if (catalog.Find(rules.WarmUpLadder) is { } warmUp)
        {
            QuestItem warm = Item(warmUp, suggestedLevel, rules, warmUp: true);
            if (seconds + warm.Seconds <= rules.MaxMinutes * 60 || seconds < rules.MinMinutes * 60)
            {
                picked.Insert(0, warm);
                seconds += warm.Seconds;
            }
        }

        foreach (QuestItem spare in spares.Where(s => !picked.Any(p => p.Ladder.Id == s.Ladder.Id)))
        {
            bool tooShort = seconds < rules.MinMinutes * 60 || picked.Count < rules.MinLadders;
            if (!tooShort || picked.Count >= rules.MaxLadders || seconds + spare.Seconds > rules.MaxMinutes * 60)
            {
                continue;
            }

            picked.Add(spare);
            seconds += spare.Seconds;
        }

        return new QuestPlan(day, [.. picked.OrderBy(p => p.WarmUp ? -1 : AreaRank(p.Ladder, rules))]);
    }

    private static QuestItem Item(Ladder ladder, Func<string, int> suggestedLevel, QuestRules rules, bool warmUp)
    {
        int level = Math.Clamp(suggestedLevel(ladder.Id), 1, ladder.TopLevel);
        LadderLevel at = ladder.Level(level);
        return new QuestItem(ladder, at, QuestEstimate.Seconds(at, rules), warmUp);
    }

    private static int AreaRank(Ladder ladder, QuestRules rules)
    {
        int best = int.MaxValue;
        foreach (string area in ladder.QuestAreas)
        {
            int rank = IndexOf(rules.Areas, area);
            best = rank >= 0 && rank < best ? rank : best;
        }

        return best;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
