using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Text;

namespace StrengthQuest.Core.Rules.CheckIns;

/// <summary>A session's note: short, and never a control character (it is shown to the partner).</summary>
public static class SessionNote
{
    public static string? Problem(string? note, GameRules rules) =>
        note is null ? null
        : SafeText.HasControl(note) ? "A note cannot contain control characters or escape sequences."
        : note.Length > rules.NoteMaxLength ? $"A note can be at most {rules.NoteMaxLength} characters; this one has {note.Length}."
        : null;
}
