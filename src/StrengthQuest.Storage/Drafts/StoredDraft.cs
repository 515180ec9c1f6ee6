using StrengthQuest.Core.History;

namespace StrengthQuest.Storage.Drafts;

/// <summary>A player's draft as stored: the check-in in progress, how many times it was saved, and when last.</summary>
public sealed record StoredDraft(Draft Draft, long Revision, DateTimeOffset SavedAt);
