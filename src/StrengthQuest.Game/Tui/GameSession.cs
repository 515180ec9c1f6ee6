using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;
using StrengthQuest.Storage.Social;

namespace StrengthQuest.Tui;

/// <summary>A game opened through a key line (a host where keys sign up): the key, and the host's cap on sign-ups.</summary>
public sealed record KeyLogin(string Fingerprint, int? MaxPlayers);

/// <summary>
/// The state behind the screens: who is playing, their couple as last loaded, today's quest. It
/// reloads when something of its couple changes under it (the partner checked in, came or went),
/// and only then: other couples' writes on the same host never cost a reload.
/// </summary>
public sealed class GameSession(GameService game, string? handle, bool locked) : IDisposable
{
    private CoupleWatch? _watch;
    private IReadOnlyList<GameProcess> _partnerGames = [];
    private bool _entered;

    public GameService Game => game;

    /// <summary>The player; null until onboarding or the picker chooses one.</summary>
    public string? Handle { get; private set; } = handle;

    /// <summary>Set by the server's forced command: the session can never act as anyone else.</summary>
    public bool Locked => locked;

    /// <summary>The key this game was opened with, when the forced command names a key rather than a player.</summary>
    public KeyLogin? Key { get; init; }

    public CoupleView? View { get; private set; }

    public QuestPlan? Quest { get; private set; }

    /// <summary>What the last check-in earned, shown on the dashboard until the next one.</summary>
    public CheckInSummary? LastCheckIn { get; set; }

    public DateTimeOffset Now => game.Time.GetUtcNow();

    public Player Me => View?.Me ?? throw new InvalidOperationException("No player chosen yet.");

    /// <summary>The player's check-in in progress (from any of their connections), as last read or kept.</summary>
    public KeptDraft? Draft { get; private set; }

    /// <summary>A check-in is in progress: every way out of the game asks first.</summary>
    public bool HasDraft => Draft is not null;

    public void Choose(string chosen)
    {
        // A locked session is one player's; a new key's session chooses once, when it signs up.
        if (Locked && Handle is not null && chosen != Handle)
        {
            throw new InvalidOperationException("This session is locked to its player.");
        }

        Handle = chosen;
        Enter();
        Reload();
    }

    public void Reload()
    {
        if (Handle is null)
        {
            return;
        }

        if (_watch?.Player.Handle != Handle)
        {
            _watch?.Dispose();
            _watch = new CoupleWatch(game.Database, game.Find(Handle));
            _watch.Woken += () => Woken?.Invoke();
        }

        _watch.Mark();
        Show(game.Load(Handle));
        _partnerGames = View!.Partner is { } partner && View.Social.PartnerInGame
            ? game.Database.Read(store => store.Social.Games(partner))
            : [];
        if (View.Social.ShownNudge(View, Now) is { SeenAt: null } nudge)
        {
            game.NudgeSeen(nudge.Id);
        }
    }

    private void Show(CoupleView view)
    {
        View = view;
        Quest = game.QuestFor(view);
        Draft = view.Draft;
    }

    /// <summary>
    /// Raised on another thread when there is something to look at now (PostgreSQL: a change of the
    /// couple heard, the server lost or back); the game then polls at once instead of at its next tick.
    /// </summary>
    public event Action? Woken;

    /// <summary>Why the database server is out of reach, while it is (PostgreSQL; the game keeps trying); null while all is well.</summary>
    public string? ServerLost => _watch?.Lost;

    /// <summary>Whether a save failed by losing its connection while the server committed: it may be saved already.</summary>
    public static bool SaveInDoubt(Exception failure) => failure is Storage.StorageException { CommitInDoubt: true };

    /// <summary>
    /// True (after reloading) when something of the couple changed, the partner's game ended without
    /// saying so, or a new game day began (streaks, today's quest and "checked in today" move on).
    /// Idle, it reads nothing but PRAGMA data_version (SQLite; on PostgreSQL, nothing) and the
    /// partner's process; while the server is out of reach, nothing at all.
    /// </summary>
    public bool PollChanges()
    {
        if (ServerLost is not null)
        {
            return false;
        }

        bool newDay = View is not null && (View.Clock.DayOf(Now) != View.Today || PartnersDayMovedOn(View));
        bool partnerGone = _partnerGames.Count > 0 && _partnerGames.Any(g => !g.IsRunning());
        if (_watch is null || (!_watch.Changed() && !newDay && !partnerGone))
        {
            return false;
        }

        Reload();

        // The couple as loaded before is garbage now. Collected at once, the next reload reuses its
        // memory; left to the GC's default young-generation budget (sized from the CPU cache), each
        // reload would add megabytes to every open game on the host before the first collection.
        GC.Collect();
        return true;
    }

    /// <summary>The partner's game day ended: what was pending for the couple may now be settled.</summary>
    private bool PartnersDayMovedOn(CoupleView view) =>
        view.PartnerClock is { } clock && view.State.Partner is { } theirs && clock.DayOf(Now) != theirs.AsOf;

    /// <summary>Saves a check-in; the couple comes back with it, so nothing is loaded again to redraw.</summary>
    public CheckInSummary CheckIn(CheckInRequest request)
    {
        NeedServer();
        CheckInResult result = game.CheckIn(Handle!, request);
        LastCheckIn = result.Summary;
        Show(result.View);
        return result.Summary;
    }

    /// <summary>Replaces one of the player's sessions (an edit from the game; the draft goes with it).</summary>
    public CorrectionSummary Edit(string uid, CheckInRequest request) => NeedServer(() => Corrected(game.EditSession(Handle!, uid, request)));

    public CorrectionSummary Delete(string uid) => NeedServer(() => Corrected(game.DeleteSession(Handle!, uid)));

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
        NeedServer();
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
        NeedServer();
        game.DiscardDraft(Handle!);
        Draft = null;
    }

    public SettingsChange ChangeSettings(SettingsRequest asked)
    {
        SettingsChange change = game.ChangePlayer(Handle!, asked);
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

    /// <summary>Tells the partner's dashboard this player is in the game, until <see cref="Leave"/>: one write, no heartbeat.</summary>
    public void Enter()
    {
        if (Handle is not null && !_entered)
        {
            game.Entered(Handle);
            _entered = true;
        }
    }

    /// <summary>
    /// While the server is known to be out of reach, a write is refused at once rather than waiting
    /// out a connection attempt with the screen frozen; what is on screen stays.
    /// </summary>
    private void NeedServer()
    {
        if (ServerLost is not null)
        {
            throw new Storage.StorageException(Text.ServerText.NotNow);
        }
    }

    private T NeedServer<T>(Func<T> write)
    {
        NeedServer();
        return write();
    }

    public void Dispose()
    {
        _watch?.Dispose();
        _watch = null;
    }

    public void Leave()
    {
        if (Handle is not null && _entered)
        {
            _entered = false;
            try
            {
                game.Left(Handle);
            }
            catch (Storage.StorageException) when (ServerLost is not null)
            {
                // Leaving while the server is away: the partner's game sees this process gone instead.
            }
        }
    }
}
