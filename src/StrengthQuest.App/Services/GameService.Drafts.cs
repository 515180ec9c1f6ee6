using StrengthQuest.Core;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Services;

/// <summary>The player's check-in in progress: one per player, shared by all their connections.</summary>
public sealed partial class GameService
{
    public KeptDraft? FindDraft(string handle) => Database.Read(store => store.Drafts.Find(Require(store, handle)));

    /// <summary>
    /// Keeps the draft in one small transaction, if the stored one is still revision
    /// <paramref name="expected"/> (0: none); returns it as stored, or null when another connection
    /// changed it meanwhile (read it with <see cref="FindDraft"/>).
    /// </summary>
    public KeptDraft? SaveDraft(string handle, Draft draft, long expected) => Database.Write(store =>
    {
        DateTimeOffset now = Time.GetUtcNow();
        return store.Drafts.Save(Require(store, handle), draft, now, expected) is { } revision ? new KeptDraft(draft, revision, now) : null;
    });

    /// <summary>
    /// Drops the draft a check-in or an edit was saved from — only if it is still the version saved
    /// (<paramref name="revision"/>): one changed on another connection meanwhile is not lost.
    /// </summary>
    private static void DropDraft(StoreContext store, Player me, long revision)
    {
        if ((store.Drafts.Find(me)?.Revision ?? 0) != revision)
        {
            throw new GameDataException("Changed on your other connection, so not saved: f saves that version.");
        }

        store.Drafts.Delete(me);
    }

    /// <summary>Drops the player's draft; true when there was one.</summary>
    public bool DiscardDraft(string handle) => Database.Write(store => store.Drafts.Delete(Require(store, handle)));
}
