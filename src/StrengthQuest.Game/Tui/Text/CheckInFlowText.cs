using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Tui.CheckIn;

namespace StrengthQuest.Tui.Text;

/// <summary>The check-in screen's text: the exercise, its cues, the sets so far, the prompt and any timer.</summary>
public static class CheckInFlowText
{
    public static IEnumerable<string> Lines(CheckInDraft draft, GameCatalog catalog, DateOnly day, DateOnly today)
    {
        if (draft.Step == DraftStep.Finished)
        {
            yield return "All done — saving your check-in…";
            yield break;
        }

        DraftExercise e = draft.Current;
        LadderLevel at = e.At;
        yield return draft.Editing is not null
            ? $"Correcting the check-in of {Humane.Day(day, today)} · ↑/↓ goes through its exercises · x takes back a set · f saves"
            // A day picked with ←/→ is a backfill; a check-in taken up the day after it was started keeps its own day and is not.
            : $"For {Humane.Day(day, today)}{(draft.Day is not null ? " (backfilled)" : "")} · ← an earlier day · w swaps this exercise · a adds one";
        yield return $"Exercise {draft.Index + 1} of {draft.Exercises.Count} · {e.Ladder.Name} — level {e.Level} of {e.Ladder.TopLevel}: {at.Name}";
        yield return $"Target {at.Target}{(at.Measure == Measure.Reps ? " reps" : "")}   (- easier · + harder, up to level {e.Unlocked})";
        foreach (string cue in at.Cues)
        {
            yield return $"  · {cue}";
        }

        if (e.Ladder.Safety is { } safety)
        {
            yield return $"  ! {safety}";
        }

        yield return "";
        string done = e.Sets.Count == 0 ? "none yet" : SetList.Format(e.Sets).Replace(",", " · ", StringComparison.Ordinal);
        yield return $"Sets done: {done}";
        if (draft.Step == DraftStep.Sets)
        {
            string unit = at.Measure == Measure.Reps ? "reps" : at.Measure.Unit(at.Amount);
            yield return $"Set {e.Sets.Count + 1} of {at.Sets} > {draft.Input}_";
            yield return draft.Input.Length == 0
                ? $"  Enter records {at.Amount} {unit}; or type the amount (add @kg for a load) and Enter."
                : "  Enter records it; Backspace corrects.";
            if (e.IsTimed)
            {
                yield return "  t starts the countdown; Enter during it records the seconds held.";
            }
        }
        else
        {
            yield return $"Pain during or after it, 0–{Entry.MaxPain} > {draft.Input}_";
            yield return $"  {catalog.PainGuide.Safe} {catalog.PainGuide.Acceptable}";
            yield return $"  {catalog.PainGuide.Stop}";
        }

        if (draft.Timer is { } timer)
        {
            yield return "";
            yield return timer.Purpose == "Rest"
                ? $"Rest {Clock(timer.Left)} — type the next set whenever you are ready."
                : $"Hold! {Clock(timer.Left)} left of {timer.Total} s";
        }

        string[] finished = [.. draft.Exercises.Take(draft.Index).Select(Summary)];
        if (finished.Length > 0)
        {
            yield return "";
            yield return "So far: " + string.Join(" · ", finished);
        }
    }

    private const int ShownChoices = 15;

    /// <summary>Choosing a ladder to swap in or add: each with the level it would start at.</summary>
    public static IEnumerable<string> Choosing(LadderChoice choice, CheckInDraft draft, Func<string, LadderState?> ladders)
    {
        yield return choice.Swap ? $"Swap {draft.Current.Ladder.Name} for another ladder:" : "Add an exercise after this one:";
        yield return "";
        // A long list scrolls with the choice, a screenful at a time.
        int first = Math.Max(0, Math.Min(choice.Selected - (ShownChoices / 2), choice.Ladders.Count - ShownChoices));
        for (int i = first; i < Math.Min(choice.Ladders.Count, first + ShownChoices); i++)
        {
            Ladder ladder = choice.Ladders[i];
            int level = ladders(ladder.Id)?.Suggested ?? 1;
            yield return $"{(i == choice.Selected ? "▸" : " ")} {Bars.Fit(ladder.Name, 20)} level {level}: {ladder.Level(level).Name}";
        }

        yield return "";
        yield return "↑/↓ choose, Enter takes it, Esc goes back to the check-in.";
    }

    private static string Summary(DraftExercise e) =>
        e.Skipped || e.Sets.Count == 0 ? $"{e.Ladder.Name} skipped" : $"{e.Ladder.Name} L{e.Level} ✓ pain {e.Pain}";

    private static string Clock(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
