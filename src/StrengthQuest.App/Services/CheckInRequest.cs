using StrengthQuest.Core.History;

namespace StrengthQuest.Services;

/// <summary>
/// A check-in as asked for, before validation: entries as typed, or a pain-rest day. It belongs to
/// <see cref="Day"/> when given (a backfill), else to the game day on which it was started — the
/// game knows when its check-in screen opened; a command-line check-in is instantaneous.
/// </summary>
public sealed record CheckInRequest(
    IReadOnlyList<EntrySpec> Entries,
    int DefaultPain = 0,
    DateOnly? Day = null,
    bool Rest = false,
    string? Note = null)
{
    /// <summary>When the check-in was started (default: when it is saved).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Saved from the player's draft: the draft goes in the same transaction.</summary>
    public bool FromDraft { get; init; }

    /// <summary>The revision of the draft this was saved from (0: never kept); another one stored means it changed elsewhere.</summary>
    public long DraftRevision { get; init; }
}

/// <summary>A player to add: handle, display name, and optionally time zone (default: the machine's) and day-start hour (default 4).</summary>
public sealed record NewPlayer(string Handle, string Name, string? TimeZone = null, int? DayStart = null)
{
    /// <summary>The training days from the start (default: the catalog's).</summary>
    public Core.Players.TrainingPlan? Plan { get; init; }
}
