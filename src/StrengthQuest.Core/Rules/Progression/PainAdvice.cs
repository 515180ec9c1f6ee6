using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Progression;

/// <summary>What the pain guard says after an entry, in the game's words.</summary>
public static class PainAdvice
{
    public static string? For(LadderEvent e, GameCatalog catalog)
    {
        string name = catalog.Find(e.Ladder)?.Name ?? e.Ladder;
        GameRules rules = catalog.Rules;
        return e.Kind switch
        {
            LadderEventKind.Hold =>
                $"Pain {rules.QualifyingMaxPain + 1}–{rules.CoolDownPain - 1} on {name}: stay at level {e.Level} until it settles to {rules.QualifyingMaxPain} or less.",
            LadderEventKind.CooledDown =>
                $"Pain above {rules.CoolDownPain - 1} on {name}: stop for today. It cools down to level {e.Level}, and nothing unlocks until {rules.CoolDownRecoveryEntries} entries in a row at pain {rules.QualifyingMaxPain} or less.",
            LadderEventKind.CoolDownOver =>
                $"{name} is calm again: progress is back on.",
            LadderEventKind.PainRising =>
                $"Pain has risen over your last {rules.RisingPainEntries} {name} entries: drop a level, and while pain is present or increasing follow a professional's program.",
            _ => null,
        };
    }

    /// <summary>Standing advice for a ladder as it is now: cooling down, holding, or pain on the rise.</summary>
    public static IEnumerable<string> ForLadder(Game.LadderState ladder, GameCatalog catalog)
    {
        GameRules rules = catalog.Rules;
        if (ladder.PainRising)
        {
            yield return For(new LadderEvent(ladder.Id, LadderEventKind.PainRising, ladder.Suggested, default), catalog)!;
        }

        if (ladder.CoolingDown)
        {
            yield return $"{ladder.Name} is cooling down: level {ladder.Suggested} until {rules.CoolDownRecoveryEntries} entries in a row at pain {rules.QualifyingMaxPain} or less.";
        }
        else if (ladder.Holding)
        {
            yield return $"{ladder.Name}: hold level {ladder.Suggested} until pain settles to {rules.QualifyingMaxPain} or less.";
        }
    }
}
