using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Xp;

/// <summary>Entry XP = round(10 × level × completion), completion = min(1, done ÷ target); load is ignored.</summary>
public static class EntryXp
{
    public static int Of(Entry entry, LadderLevel level, GameRules rules)
    {
        int done = Math.Min(entry.Done, level.TargetTotal);
        return Rounding.Round(rules.EntryXpPerLevel * (decimal)level.Number * done / level.TargetTotal);
    }

    /// <summary>Completion 1: the total over the sets reached the level's target (sets × amount).</summary>
    public static bool Complete(Entry entry, LadderLevel level) => entry.Done >= level.TargetTotal;

    /// <summary>Every target set met: at least the target number of sets reached the target amount.</summary>
    public static bool TargetMet(Entry entry, LadderLevel level) =>
        entry.Sets.Count(s => s.Amount >= level.Amount) >= level.Sets;
}
