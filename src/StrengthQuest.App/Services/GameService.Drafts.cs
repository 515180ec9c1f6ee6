using StrengthQuest.Core.History;
using StrengthQuest.Storage.Drafts;

namespace StrengthQuest.Services;

/// <summary>The player's check-in in progress: one per player, shared by all their connections.</summary>
public sealed partial class GameService
{
    public StoredDraft? FindDraft(string handle) => Database.Read(store => store.Drafts.Find(Require(store, handle)));

    /// <summary>
    /// Keeps the draft in one small transaction, if the stored one is still revision
    /// <paramref name="expected"/> (0: none); returns it as stored, or null when another connection
    /// changed it meanwhile (read it with <see cref="FindDraft"/>).
    /// </summary>
    public StoredDraft? SaveDraft(string handle, Draft draft, long expected) => Database.Write(store =>
    {
        DateTimeOffset now = Time.GetUtcNow();
        return store.Drafts.Save(Require(store, handle), draft, now, expected) is { } revision ? new StoredDraft(draft, revision, now) : null;
    });

    /// <summary>Drops the player's draft; true when there was one.</summary>
    public bool DiscardDraft(string handle) => Database.Write(store => store.Drafts.Delete(Require(store, handle)));
}
