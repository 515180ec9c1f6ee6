using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>One exercise of a check-in being filled in: the ladder, the chosen level, sets so far and pain.</summary>
public sealed class DraftExercise(Ladder ladder, int level, int unlocked)
{
    public Ladder Ladder { get; } = ladder;

    public int Level { get; private set; } = level;

    /// <summary>The highest level the player may choose.</summary>
    public int Unlocked { get; } = unlocked;

    public LadderLevel At => Ladder.Level(Level);

    public List<SetDone> Sets { get; } = [];

    public int? Pain { get; set; }

    public bool Skipped { get; set; }

    public bool IsTimed => At.Measure == Measure.Seconds;

    public bool TargetSetsDone => Sets.Count >= At.Sets;

    /// <summary>What was done of it, as the draft keeps it.</summary>
    public DraftItem ToItem() => new(Ladder.Id, Level, [.. Sets], Pain, Skipped);

    /// <summary>An exercise as a draft kept it (its level as chosen then, even if above what is open now).</summary>
    public static DraftExercise From(DraftItem item, Ladder ladder, int unlocked)
    {
        int level = Math.Clamp(item.Level, 1, ladder.TopLevel);
        DraftExercise e = new(ladder, level, Math.Max(unlocked, level)) { Pain = item.Pain, Skipped = item.Skipped };
        e.Sets.AddRange(item.Sets);
        return e;
    }

    /// <summary>Moves the level by <paramref name="step"/>; says why not when it cannot.</summary>
    public string? ChangeLevel(int step)
    {
        int wanted = Level + step;
        if (Sets.Count > 0)
        {
            return "Change the level before the first set.";
        }

        if (wanted < 1)
        {
            return $"Level 1 is the easiest {Ladder.Name} level.";
        }

        if (wanted > Unlocked)
        {
            return wanted > Ladder.TopLevel
                ? $"Level {Ladder.TopLevel} is the top of {Ladder.Name}."
                : $"Level {wanted} of {Ladder.Name} is still locked.";
        }

        Level = wanted;
        return null;
    }
}
