using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>Where a check-in is: entering sets, asking pain, or finished.</summary>
public enum DraftStep
{
    Sets,
    Pain,
    Finished,
}

/// <summary>
/// The check-in flow as a small state machine, free of any UI: one exercise at a time, sets typed
/// (or Enter for the target), a countdown for timed levels, a rest between sets, pain 0–10 after
/// each exercise, level changes and skips. Nothing becomes a session until <see cref="ToRequest"/>
/// is sent; meanwhile <see cref="ToDraft"/> is what is kept between keystrokes.
/// </summary>
public sealed partial class CheckInDraft
{
    private readonly GameRules _rules;
    private readonly List<DraftExercise> _exercises;

    public CheckInDraft(GameCatalog catalog, QuestPlan quest, Func<string, LadderState?> ladders)
        : this(catalog, quest.Items.Select(i => new DraftExercise(i.Ladder, i.Level.Number, ladders(i.Ladder.Id)?.Unlocked ?? 1)))
    {
    }

    private CheckInDraft(GameCatalog catalog, IEnumerable<DraftExercise> exercises)
    {
        _rules = catalog.Rules;
        _exercises = [.. exercises];
        Step = _exercises.Count == 0 ? DraftStep.Finished : DraftStep.Sets;
    }

    public IReadOnlyList<DraftExercise> Exercises => _exercises;

    /// <summary>When the check-in was opened: it belongs to that game day, however late it is saved.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public int Index { get; private set; }

    public DraftExercise Current => Exercises[Math.Min(Index, Exercises.Count - 1)];

    public DraftStep Step { get; private set; }

    /// <summary>What is being typed: a set ("20", "20@12.5") or a pain score.</summary>
    public string Input { get; private set; } = "";

    /// <summary>The rest between sets, or the hold of a timed set, when one is running.</summary>
    public Countdown? Timer { get; private set; }

    public bool HasAnything => Exercises.Any(e => e.Sets.Count > 0);

    /// <summary>A set far above the target, typed and waiting for "keep" or "change" (a typo, most likely).</summary>
    public SetDone? Unusual { get; private set; }

    /// <summary>The question asked about <see cref="Unusual"/>: "2020 reps? Enter to keep, Esc to change".</summary>
    public string? UnusualQuestion => Unusual is { } set
        ? $"{set.Amount} {SetField.Word(Current.At.Measure)}? Enter to keep, Esc to change."
        : null;

    /// <summary>Types one character into the field; returns why it is refused, or null when it was taken.</summary>
    public string? Type(char c)
    {
        if (Step == DraftStep.Finished || Unusual is not null)
        {
            return null;
        }

        string? problem = Step == DraftStep.Pain ? PainField.Refuse(Input, c, 0) : SetField.Refuse(Input, c, Current.At);
        if (problem is not null)
        {
            return problem;
        }

        if (Timer is { Purpose: "Rest" })
        {
            Timer = null;
        }

        Input += c;
        return null;
    }

    /// <summary>A paste is taken whole or not at all: a refused character keeps the field as it was.</summary>
    public string? Paste(string text)
    {
        string before = Input;
        foreach (char c in text.Trim())
        {
            if (Type(c) is { } problem)
            {
                Input = before;
                return problem;
            }
        }

        return null;
    }

    public void Backspace()
    {
        if (Unusual is null)
        {
            Input = Input.Length > 0 ? Input[..^1] : Input;
        }
    }

    /// <summary>Enter: records the set typed (or the target), or the pain score. Returns a problem to show, or null.</summary>
    public string? Confirm() => Step switch
    {
        _ when Unusual is not null => KeepUnusual(),
        DraftStep.Sets => ConfirmSet(),
        DraftStep.Pain => ConfirmPain(),
        _ => null,
    };

    /// <summary>Esc on the question: back to the field, the amount still typed there to correct.</summary>
    public void ChangeUnusual() => Unusual = null;

    private string? KeepUnusual()
    {
        SetDone set = Unusual!.Value;
        Unusual = null;
        Record(set);
        return null;
    }

    /// <summary>Starts the hold countdown of a timed level (its target seconds).</summary>
    public string? StartHold()
    {
        if (Step != DraftStep.Sets || !Current.IsTimed)
        {
            return "Only timed levels have a countdown.";
        }

        Timer = new Countdown("Hold", Current.At.Amount);
        return null;
    }

    /// <summary>One second passes. A finished hold records the set; a finished rest just ends.</summary>
    public void Tick()
    {
        if (Timer is null || !Timer.Tick())
        {
            return;
        }

        if (Timer.Purpose == "Hold")
        {
            Timer = null;
            Record(new SetDone(Current.At.Amount));
        }
        else
        {
            Timer = null;
        }
    }

    /// <summary>Stops entering sets for this exercise and asks for pain (the sets so far count).</summary>
    public string? FinishSets()
    {
        if (Step != DraftStep.Sets)
        {
            return null;
        }

        if (Current.Sets.Count == 0)
        {
            return "Enter at least one set, or press s to skip this exercise.";
        }

        Timer = null;
        Step = DraftStep.Pain;
        Input = "";
        return null;
    }

    public void Skip()
    {
        if (Step == DraftStep.Finished)
        {
            return;
        }

        Current.Skipped = true;
        Current.Sets.Clear();
        Current.Pain = null;
        Next();
    }

    public string? ChangeLevel(int step) => Step == DraftStep.Sets ? Current.ChangeLevel(step) : "Change the level before the first set.";

    /// <summary>The check-in to save: every exercise with sets, at its level, with its pain.</summary>
    public CheckInRequest ToRequest() => new(
        [
            .. Exercises.Where(e => e.Sets.Count > 0 && !e.Skipped)
                .Select(e => new EntrySpec(e.Ladder.Id, e.Level, [.. e.Sets], e.Pain ?? 0)),
        ],
        Day: Day) { StartedAt = StartedAt, FromDraft = true };

    private string? ConfirmSet()
    {
        SetDone set;
        if (Timer is { Purpose: "Hold" } hold)
        {
            set = new SetDone(Math.Max(1, hold.Elapsed));
            Timer = null;
        }
        else if (Input.Length == 0)
        {
            set = new SetDone(Current.At.Amount);
        }
        else if (SetField.Read(Input, Current.At) is ({ } typed, _))
        {
            set = typed;
            if (set.Amount > _rules.ConfirmSetOverTargetTimes * Current.At.Amount)
            {
                Unusual = set;
                return UnusualQuestion;
            }
        }
        else
        {
            return SetField.Read(Input, Current.At).Problem;
        }

        Record(set);
        return null;
    }

    private void Record(SetDone set)
    {
        Current.Skipped = false;
        Current.Sets.Add(set);
        Input = "";
        if (Current.TargetSetsDone)
        {
            Step = DraftStep.Pain;
            Timer = null;
        }
        else
        {
            Timer = new Countdown("Rest", _rules.Quest.RestSecondsBetweenSets);
        }
    }

    private string? ConfirmPain()
    {
        if (Input.Length == 0 && Current.Pain is not null)
        {
            // Back on an exercise already scored: Enter keeps its pain.
            Next();
            return null;
        }

        (int? pain, string? problem) = PainField.Read(Input, 0);
        if (pain is null)
        {
            return problem;
        }

        Current.Pain = pain;
        Next();
        return null;
    }

    private void Next()
    {
        Input = "";
        Unusual = null;
        Timer = null;
        Index++;
        Step = Index >= Exercises.Count ? DraftStep.Finished : DraftStep.Sets;
    }
}
