namespace StrengthQuest.Core.History;

/// <summary>
/// A check-in: one player's session on one game day. A pain-rest session has no entries and
/// records the pain that made the player rest.
/// </summary>
public sealed record Session(
    string Uid,
    DateOnly Day,
    DateTimeOffset RecordedAt,
    bool Backfilled,
    IReadOnlyList<Entry> Entries,
    int? RestPain = null,
    string? Note = null)
{
    public const int MaxNoteLength = 200;

    public bool IsRest => Entries.Count == 0;

    public bool HasEntries => Entries.Count > 0;
}
