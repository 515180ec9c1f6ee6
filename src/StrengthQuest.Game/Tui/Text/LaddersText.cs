using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Progression;

namespace StrengthQuest.Tui.Text;

/// <summary>The ladders screen's text: a list of every ladder and the details of the selected one.</summary>
public static class LaddersText
{
    public static IEnumerable<string> List(PlayerState me, int selected)
    {
        for (int i = 0; i < me.Ladders.Count; i++)
        {
            LadderState l = me.Ladders[i];
            string flag = l.CoolingDown ? "cool" : l.Holding ? "hold" : l.Unlocked >= l.TopLevel ? "top" : $"{l.Qualifying}/{l.Needed}";
            yield return $"{(i == selected ? "▸" : " ")} {Bars.Fit(l.Name, 16)} {l.Unlocked}/{l.TopLevel} {flag}";
        }
    }

    public static IEnumerable<string> Details(PlayerState me, LadderState state, GameCatalog catalog)
    {
        Ladder ladder = catalog.Find(state.Id)!;
        yield return $"{ladder.Name} · {ladder.Area}";
        foreach (LadderLevel level in ladder.Levels)
        {
            LevelRecord? record = me.Records.FirstOrDefault(r => r.Ladder == ladder.Id && r.Level == level.Number);
            string unit = level.Measure == Measure.Reps ? "" : $" {level.Measure.Unit(0)}";
            string best = record is null ? "" : $"best {record.BestAmount}{unit}{(record.HeaviestKg is { } kg ? $" {kg}kg" : "")}";
            yield return $" L{level.Number} {Mark(state, level.Number),-7} {Bars.Fit(level.Name, 16)} {level.Target,-7} {best}".TrimEnd();
        }

        yield return "";
        yield return Progress(state);
        if (state.CoolingDown)
        {
            yield return $"Cooling down: nothing unlocks until {catalog.Rules.CoolDownRecoveryEntries} pain-free entries in a row.";
        }

        foreach (string advice in PainAdvice.ForLadder(state, catalog).Where(_ => state.PainRising))
        {
            yield return advice;
        }

        LadderLevel current = ladder.Level(state.Suggested);
        yield return $"Cues for level {current.Number}:";
        foreach (string cue in current.Cues)
        {
            yield return $"  · {cue}";
        }

        if (ladder.Safety is { } safety)
        {
            yield return $"  ! {safety}";
        }
    }

    /// <summary>Progress toward the next unlock, in words.</summary>
    public static string Progress(LadderState state) =>
        state.Unlocked >= state.TopLevel
            ? "Top level reached: keep it pain-free."
            : $"{state.Qualifying} of {state.Needed} qualifying sessions at level {state.Unlocked} to unlock level {state.Unlocked + 1}.";

    /// <summary>locked / open / current / cooling down, as the ladders screen marks each level.</summary>
    public static string Mark(LadderState state, int level) =>
        level > state.Unlocked ? "locked"
        : level == state.CoolLevel && level != state.Suggested ? "cooling"
        : level == state.Suggested ? "current"
        : "open";
}
