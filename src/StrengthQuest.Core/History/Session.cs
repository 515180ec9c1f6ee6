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

    /// <summary>
    /// When a new session of a day is recorded: now, or just after the latest session already
    /// saved for that day when that one is stamped later — a front end whose clock runs behind
    /// another's must not put a new check-in before earlier ones (the first sessions of a day earn).
    /// </summary>
    public static DateTimeOffset RecordedAfter(DateTimeOffset now, IEnumerable<Session> sessionsOfDay)
    {
        DateTimeOffset latest = sessionsOfDay.Select(s => s.RecordedAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        // Stored to the millisecond: one more keeps the order once read back.
        return latest < now ? now : latest.AddMilliseconds(1);
    }
}
