using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Services;

namespace StrengthQuest.Tui.Text;

/// <summary>A check-in in progress in words: the dashboard's offer to resume it, and what it holds.</summary>
public static class DraftText
{
    private const int Width = 78;

    /// <summary>Whether the draft's day is still in the backfill window, so it can be saved.</summary>
    public static bool CanSave(CoupleView view, Draft draft, GameRules rules) =>
        view.DayOf(draft) >= view.Today.AddDays(-rules.BackfillDays);

    /// <summary>"Resume your check-in from 07:32 — 3 exercises done (Enter resumes it, d discards it)".</summary>
    public static string? Offer(CoupleView view, KeptDraft? kept, GameRules rules)
    {
        if (kept is null)
        {
            return null;
        }

        Draft draft = kept.Draft;
        DateOnly day = view.DayOf(draft);
        DateTime local = TimeZoneInfo.ConvertTime(draft.StartedAt, view.Clock.Zone).DateTime;
        string when = DateOnly.FromDateTime(local) == DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(kept.SavedAt, view.Clock.Zone).DateTime) && day == view.Today
            ? local.ToString("HH:mm", Humane.English)
            : local.ToString("ddd d MMM HH:mm", Humane.English);
        string done = Humane.Count(draft.ExercisesDone, "exercise");
        string offer = !CanSave(view, draft, rules) ? $"» Your check-in from {when} can no longer be saved: Enter shows it"
            : draft.Editing is not null ? $"» Finish correcting your check-in of {day:ddd d MMM}: Enter resumes, d drops it"
            : $"» Resume your check-in from {when} — {done} done";
        const string Keys = " (Enter resumes, d discards)";
        // Within the screen's width: the keys are on the bottom line as well.
        return offer.StartsWith("» Resume", StringComparison.Ordinal) && offer.Length + Keys.Length + 2 <= Width ? $"{offer}{Keys} «" : $"{offer} «";
    }

    /// <summary>Each exercise of the draft and what was done of it.</summary>
    public static IEnumerable<string> Lines(Draft draft, GameCatalog catalog)
    {
        foreach (DraftItem item in draft.Items)
        {
            string name = catalog.Find(item.Ladder)?.Name ?? Core.Text.SafeText.Strip(item.Ladder);
            string what = item.Skipped ? "skipped"
                : item.Sets.Count == 0 ? "not started"
                : $"{SetList.Format(item.Sets).Replace(",", ", ", StringComparison.Ordinal)}{(item.Pain is { } pain ? $" · pain {pain}" : "")}";
            yield return $"  {name} level {item.Level}: {what}";
        }
    }
}
