using System.Globalization;
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

    public void Type(char c)
    {
        if (Timer is { Purpose: "Rest" })
        {
            Timer = null;
        }

        bool fits = Step == DraftStep.Pain ? char.IsAsciiDigit(c) && Input.Length < 2 : (char.IsAsciiDigit(c) || c is '@' or '.') && Input.Length < 12;
        if (fits)
        {
            Input += c;
        }
    }

    public void Backspace() => Input = Input.Length > 0 ? Input[..^1] : Input;

    /// <summary>Enter: records the set typed (or the target), or the pain score. Returns a problem to show, or null.</summary>
    public string? Confirm() => Step switch
    {
        DraftStep.Sets => ConfirmSet(),
        DraftStep.Pain => ConfirmPain(),
        _ => null,
    };

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
        else if (SetList.Parse(Input) is [var typed])
        {
            set = typed;
        }
        else
        {
            return $"\"{Input}\" is not a set: type the {Current.At.Measure.ToString().ToLowerInvariant()}, e.g. 20 or 20@12.5.";
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

        if (!int.TryParse(Input, NumberStyles.None, CultureInfo.InvariantCulture, out int pain) || !Entry.IsValidPain(pain))
        {
            return $"Pain is a whole number from 0 to {Entry.MaxPain}.";
        }

        Current.Pain = pain;
        Next();
        return null;
    }

    private void Next()
    {
        Input = "";
        Timer = null;
        Index++;
        Step = Index >= Exercises.Count ? DraftStep.Finished : DraftStep.Sets;
    }
}
