using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>
/// What the player may change about the check-in itself (GAME.md "Today's quest"): the day it is
/// for (a backfill), any exercise swapped for another open ladder, one added that was not proposed,
/// and moving back to an exercise to fix it.
/// </summary>
public sealed partial class CheckInDraft
{
    /// <summary>The game day chosen for it (a backfill); null: the day it was started on.</summary>
    public DateOnly? Day { get; private set; }

    /// <summary>The session this check-in replaces once saved, when it is an edit.</summary>
    public string? Editing { get; private init; }

    /// <summary>Chooses the day (null: the day it was started on).</summary>
    public void ChooseDay(DateOnly? day) => Day = day;

    /// <summary>Ladders not in the check-in yet, for a swap or an addition.</summary>
    public IEnumerable<Ladder> OtherLadders(GameCatalog catalog) =>
        catalog.Ladders.Where(l => _exercises.All(e => e.Ladder.Id != l.Id));

    /// <summary>Puts another ladder in place of the current exercise (before its first set).</summary>
    public string? Swap(Ladder ladder, int level, int unlocked)
    {
        if (Step != DraftStep.Sets || Current.Sets.Count > 0)
        {
            return "Swap an exercise before its first set.";
        }

        _exercises[Index] = new DraftExercise(ladder, level, unlocked);
        Timer = null;
        return null;
    }

    /// <summary>Adds an exercise right after the current one.</summary>
    public void Add(Ladder ladder, int level, int unlocked)
    {
        int at = Step == DraftStep.Finished ? _exercises.Count : Math.Min(Index + 1, _exercises.Count);
        _exercises.Insert(at, new DraftExercise(ladder, level, unlocked));
        if (Step == DraftStep.Finished)
        {
            GoTo(at);
        }
    }

    /// <summary>Goes to another exercise, to add or remove sets or change its pain.</summary>
    public string? Move(int step)
    {
        int to = Index + step;
        if (to < 0 || to >= _exercises.Count)
        {
            return step < 0 ? "This is the first exercise." : "This is the last exercise: f saves the check-in.";
        }

        GoTo(to);
        return null;
    }

    /// <summary>Takes back the last set of the current exercise (a typo).</summary>
    public string? RemoveLastSet()
    {
        if (Current.Sets.Count == 0)
        {
            return "No set to take back on this exercise.";
        }

        Current.Sets.RemoveAt(Current.Sets.Count - 1);
        Step = DraftStep.Sets;
        Input = "";
        Timer = null;
        return null;
    }

    private void GoTo(int index)
    {
        Index = index;
        Step = DraftStep.Sets;
        Input = "";
        Timer = null;
    }
}
