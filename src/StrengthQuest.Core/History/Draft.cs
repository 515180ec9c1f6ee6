namespace StrengthQuest.Core.History;

/// <summary>
/// A check-in in progress, as it is kept between keystrokes: saved on every set, pain score and
/// skip, so a hang-up, a crash or a closed terminal loses nothing typed. It belongs to the game day
/// on which it was started (or to <see cref="Day"/>, a backfill), and when <see cref="Editing"/>
/// names a session it replaces that session once saved.
/// </summary>
public sealed record Draft(DateTimeOffset StartedAt, DateOnly? Day, string? Editing, IReadOnlyList<DraftItem> Items, int Index, bool AskingPain)
{
    /// <summary>The exercises with at least one set.</summary>
    public int ExercisesDone => Items.Count(i => i.Sets.Count > 0 && !i.Skipped);

    public bool HasAnything => ExercisesDone > 0;
}

/// <summary>One exercise of a draft: the ladder, the level chosen, the sets so far, the pain (once given) and whether it was skipped.</summary>
public sealed record DraftItem(string Ladder, int Level, IReadOnlyList<SetDone> Sets, int? Pain, bool Skipped);

/// <summary>A player's draft as kept: the check-in in progress, how many times it was kept, and when last.</summary>
public sealed record KeptDraft(Draft Draft, long Revision, DateTimeOffset SavedAt);
