using StrengthQuest.Core.Game;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;

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

        View = game.Load(Handle);
        Quest = game.QuestFor(View);
        if (View.Social.ShownNudge(View, Now) is { SeenAt: null } nudge)
        {
            game.NudgeSeen(nudge.Id);
        }
        _seenVersion = game.Database.DataVersion();
    }

    /// <summary>
    /// True (after reloading) when another process has committed since the last look, or when a
    /// new game day has begun (streaks, today's quest and "checked in today" all move on).
    /// </summary>
    public bool PollChanges()
    {
        long version = game.Database.DataVersion();
        bool newDay = View is not null && (game.Today(View.Me) != View.Today || PartnersDayMovedOn(View));
        if (version == _seenVersion && !newDay)
        {
            return false;
        }

        Reload();
        return true;
    }

    /// <summary>The partner's game day ended: what was pending for the couple may now be settled.</summary>
    private bool PartnersDayMovedOn(CoupleView view) =>
        view.Partner is { } partner && view.State.Partner is { } theirs && game.Today(partner) != theirs.AsOf;

    /// <summary>Saves a check-in; the couple comes back with it, so nothing is loaded again to redraw.</summary>
    public CheckInSummary CheckIn(CheckInRequest request)
    {
        CheckInResult result = game.CheckIn(Handle!, request);
        LastCheckIn = result.Summary;
        View = result.View;
        Quest = game.QuestFor(View);
        return result.Summary;
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
