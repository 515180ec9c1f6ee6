using StrengthQuest.Core.History;
using StrengthQuest.Storage.Drafts;

namespace StrengthQuest.Services;

/// <summary>The player's check-in in progress: one per player, shared by all their connections.</summary>
public sealed partial class GameService
{
    public StoredDraft? FindDraft(string handle) => Database.Read(store => store.Drafts.Find(Require(store, handle)));

    /// <summary>Keeps the draft, in one small transaction; returns it as stored.</summary>
    public StoredDraft SaveDraft(string handle, Draft draft) => Database.Write(store =>
    {
        DateTimeOffset now = Time.GetUtcNow();
        return new StoredDraft(draft, store.Drafts.Save(Require(store, handle), draft, now), now);
    });

    /// <summary>Drops the player's draft; true when there was one.</summary>
    public bool DiscardDraft(string handle) => Database.Write(store => store.Drafts.Delete(Require(store, handle)));
}
