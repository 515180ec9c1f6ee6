using StrengthQuest.Core.History;

namespace StrengthQuest.Services;

/// <summary>A check-in as asked for, before validation: entries as typed, or a pain-rest day.</summary>
public sealed record CheckInRequest(
    IReadOnlyList<EntrySpec> Entries,
    int DefaultPain = 0,
    DateOnly? Day = null,
    bool Rest = false,
    string? Note = null);
