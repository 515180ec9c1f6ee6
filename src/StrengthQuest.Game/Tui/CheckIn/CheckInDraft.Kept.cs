using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>The check-in as it is kept between keystrokes (a <see cref="Draft"/>), and back; and an edit of a saved session.</summary>
public sealed partial class CheckInDraft
{
    /// <summary>What is kept: every exercise, where the check-in is, its day and what it edits.</summary>
    public Draft ToDraft() => new(StartedAt ?? DateTimeOffset.MinValue, Day, Editing, [.. _exercises.Select(e => e.ToItem())], Index, Step == DraftStep.Pain);

    /// <summary>A kept check-in, where it was left (an exercise whose ladder the catalog no longer has is left out).</summary>
    public static CheckInDraft Resume(GameCatalog catalog, Draft kept, Func<string, LadderState?> ladders)
    {
        DraftExercise[] exercises =
        [
            .. kept.Items.Select(i => catalog.Find(i.Ladder) is { } ladder ? DraftExercise.From(i, ladder, ladders(ladder.Id)?.Unlocked ?? 1) : null)
                .OfType<DraftExercise>(),
        ];
        CheckInDraft draft = new(catalog, exercises) { StartedAt = kept.StartedAt, Editing = kept.Editing };
        draft.Day = kept.Day;
        if (exercises.Length > 0)
        {
            draft.Index = Math.Clamp(kept.Index, 0, exercises.Length - 1);
            draft.Step = kept.AskingPain && draft.Current.Sets.Count > 0 ? DraftStep.Pain : DraftStep.Sets;
        }

        return draft;
    }

    /// <summary>A saved session to correct, its exercises filled in as they were saved.</summary>
    public static CheckInDraft Edit(GameCatalog catalog, Session session, Func<string, LadderState?> ladders, DateTimeOffset now) =>
        Resume(catalog, new Draft(now, session.Day, session.Uid, [.. session.Entries.Select(e => new DraftItem(e.Ladder, e.Level, e.Sets, e.Pain, false))], 0, false), ladders);
}
