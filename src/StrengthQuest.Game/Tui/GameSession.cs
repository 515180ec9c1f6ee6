using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;
using StrengthQuest.Storage.Drafts;

namespace StrengthQuest.Tui;

/// <summary>
/// The state behind the screens: who is playing, their couple as last loaded, today's quest. It
/// reloads when the database changes under it (the partner checked in), which it notices by
/// polling PRAGMA data_version on its own connection.
/// </summary>
public sealed class GameSession(GameService game, string? handle, bool locked)
{
    private long _seenVersion = -1;

    public GameService Game => game;

    /// <summary>The player; null until onboarding or the picker chooses one.</summary>
    public string? Handle { get; private set; } = handle;

    /// <summary>Set by the server's forced command: the session can never act as anyone else.</summary>
    public bool Locked => locked;

    public CoupleView? View { get; private set; }

    public QuestPlan? Quest { get; private set; }

    /// <summary>What the last check-in earned, shown on the dashboard until the next one.</summary>
    public CheckInSummary? LastCheckIn { get; set; }

    public DateTimeOffset Now => game.Time.GetUtcNow();

    public Player Me => View?.Me ?? throw new InvalidOperationException("No player chosen yet.");

    /// <summary>The player's check-in in progress (from any of their connections), as last read or kept.</summary>
    public StoredDraft? Draft { get; private set; }

    /// <summary>A check-in is in progress: every way out of the game asks first.</summary>
    public bool HasDraft => Draft is not null;

    public void Choose(string chosen)
    {
        if (Locked && chosen != Handle)
        {
            throw new InvalidOperationException("This session is locked to its player.");
        }

        Handle = chosen;
        Reload();
    }

    public void Reload()
    {
        if (Handle is null)
        {
            return;
        }

        Show(game.Load(Handle));
        _seenVersion = game.Database.DataVersion();
    }

    private void Show(CoupleView view)
    {
        View = view;
        Quest = game.QuestFor(view);
        Draft = view.Draft;
    }

    /// <summary>
    /// True (after reloading) when another process has committed since the last look, or when a
    /// new game day has begun (streaks, today's quest and "checked in today" all move on).
    /// </summary>
    public bool PollChanges()
    {
        long version = game.Database.DataVersion();
        bool newDay = View is not null && (View.Clock.DayOf(Now) != View.Today || PartnersDayMovedOn(View));
        if (version == _seenVersion && !newDay)
        {
            return false;
        }

        Reload();
        return true;
    }

    /// <summary>The partner's game day ended: what was pending for the couple may now be settled.</summary>
    private bool PartnersDayMovedOn(CoupleView view) =>
        view.PartnerClock is { } clock && view.State.Partner is { } theirs && clock.DayOf(Now) != theirs.AsOf;

    /// <summary>Saves a check-in; the couple comes back with it, so nothing is loaded again to redraw.</summary>
    public CheckInSummary CheckIn(CheckInRequest request)
    {
        CheckInResult result = game.CheckIn(Handle!, request);
        LastCheckIn = result.Summary;
        Show(result.View);
        return result.Summary;
    }

    /// <summary>Replaces one of the player's sessions (an edit from the game; the draft goes with it).</summary>
    public CorrectionSummary Edit(string uid, CheckInRequest request) => Corrected(game.EditSession(Handle!, uid, request));

    public CorrectionSummary Delete(string uid) => Corrected(game.DeleteSession(Handle!, uid));

    private CorrectionSummary Corrected(CorrectionResult result)
    {
        LastCheckIn = null;
        Show(result.View);
        return result.Summary;
    }

    /// <summary>
    /// Keeps the check-in in progress (one small transaction) over revision <paramref name="expected"/>;
    /// returns its new revision, or null when another connection changed it first (then
    /// <see cref="Draft"/> is what is stored now).
    /// </summary>
    public long? KeepDraft(Draft draft, long expected)
    {
        if (game.SaveDraft(Handle!, draft, expected) is { } kept)
        {
            Draft = kept;
            return kept.Revision;
        }

        Draft = game.FindDraft(Handle!);
        return null;
    }

    public void DiscardDraft()
    {
        game.DiscardDraft(Handle!);
        Draft = null;
    }

    public PlayerChange ChangeSettings(string? name, string? timeZone, int? dayStart)
    {
        PlayerChange change = game.SetPlayer(Handle!, name, timeZone, dayStart);
        Reload();
        return change;
    }

    public Player Unlink()
    {
        Player former = game.Unlink(Handle!);
        Reload();
        return former;
    }

    public HistoryView FullHistory() => game.LoadFullHistory(Handle!);

    /// <summary>Tells the partner's dashboard this player is in the game right now.</summary>
    public void Heartbeat()
    {
        if (Handle is not null)
        {
            game.SeenNow(Handle);
        }
    }

    public void Leave()
    {
        if (Handle is not null)
        {
            game.Left(Handle);
        }
    }
}
