using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// The check-in: today's quest one exercise at a time (or a saved session being corrected). Every
/// set, pain score and skip is kept at once as the player's draft, so nothing typed is lost to a
/// hang-up; saving turns the draft into a session in one transaction. Leaving keeps the draft.
/// </summary>
public sealed class CheckInScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();
    private CheckInDraft _draft;
    private LadderChoice? _choosing;
    private long _revision;
    private bool _changed;

    public CheckInScreen(GameSession session, GameWindow window, CheckInDraft? draft = null)
        : base(session)
    {
        _window = window;
        _draft = draft ?? new CheckInDraft(session.Game.Catalog, session.Quest!, Ladder) { StartedAt = session.Now };
        _revision = draft is not null && session.Draft is { } kept && kept.Draft.Editing == draft.Editing ? kept.Revision : 0;
        Add(_body);
    }

    /// <summary>The player's check-in in progress, or a new one: never two drafts for one player.</summary>
    public static CheckInScreen Open(GameSession session, GameWindow window) =>
        new(session, window, session.Draft is { } kept ? CheckInDraft.Resume(session.Game.Catalog, kept.Draft, id => session.View?.State.Me.Ladder(id)) : null);

    /// <summary>A saved session to correct, its exercises filled in.</summary>
    public static CheckInScreen Edit(GameSession session, GameWindow window, Session saved) =>
        new(session, window, CheckInDraft.Edit(session.Game.Catalog, saved, id => session.View?.State.Me.Ladder(id), session.Now));

    public CheckInDraft Draft => _draft;

    public override string Heading =>
        $"{(_draft.Editing is null ? "Check-in" : "Correcting a check-in")} — {Session.View?.Me.Name} · {Day:ddd d MMM}{(_draft.Day is not null && _draft.Editing is null ? " (backfill)" : "")}";

    /// <summary>The game day this check-in is for.</summary>
    public DateOnly Day => _draft.Day ?? (_draft.StartedAt is { } started && Session.View is { } view ? view.Clock.DayOf(started) : Today);

    private DateOnly Today => Session.View?.Today ?? default;

    public override IReadOnlyList<Binding> Bindings => _choosing is { } choosing ? Choosing(choosing) : Flow();

    private IReadOnlyList<Binding> Choosing(LadderChoice choosing) =>
    [
        new("choose", Key.Enter, choosing.Swap ? "Swap in" : "Add", "Take the ladder marked ▸", Choose),
        new("down", Key.CursorDown, "Next", "Next ladder", () => Pick(+1)) { AlsoKeys = [Key.J], InStatusBar = false },
        new("up", Key.CursorUp, "Previous", "Previous ladder", () => Pick(-1)) { AlsoKeys = [Key.K], InStatusBar = false },
    ];

    private IReadOnlyList<Binding> Flow()
    {
        bool sets = _draft.Step == DraftStep.Sets;
        bool fresh = sets && _draft.Current.Sets.Count == 0;
        bool editing = _draft.Editing is not null;
        return
        [
            new("record", Key.Enter, "Record", "Record the set typed (alone: the target) or the pain score", () => Act(_draft.Confirm)),
            new("timer", Key.T, "Timer", "Start the countdown of a timed level", () => Act(_draft.StartHold))
            {
                DisabledReason = () => sets && _draft.Current.IsTimed ? null : "Only timed levels have a countdown.",
                InStatusBar = sets && _draft.Current.IsTimed,
            },
            new("next", Key.N, "Next", "Done with sets: ask pain and move on", () => Act(_draft.FinishSets)) { InStatusBar = sets && !fresh },
            new("skip", Key.S, "Skip", "Skip this exercise", () => Act(() =>
            {
                _draft.Skip();
                return null;
            })),
            new("swap", Key.W, "Swap", "Swap this exercise for another ladder (before its first set)", () => StartChoosing(swap: true))
            {
                DisabledReason = () => fresh ? null : "Swap an exercise before its first set.",
                InStatusBar = fresh,
            },
            new("finish", Key.F, editing ? "Save changes" : "Save", "Save now what is done; the rest is skipped", Save)
            {
                DisabledReason = () => _draft.HasAnything ? null : "Nothing entered yet.",
                InStatusBar = _draft.HasAnything,
            },
            new("earlier-day", Key.CursorLeft, "Day", $"An earlier day (a backfill, up to {Session.Game.Catalog.Rules.BackfillDays} days back)", () => ChangeDay(-1))
            {
                DisabledReason = () => editing ? "A correction keeps the session's day." : null,
                InStatusBar = !editing,
            },
            new("later-day", Key.CursorRight, "Later day", "Check in for a later day, up to today", () => ChangeDay(+1)) { InStatusBar = false },
            new("add", Key.A, "Add", "Add an exercise that was not proposed, after this one", () => StartChoosing(swap: false)) { InStatusBar = false },
            new("easier", new Key('-'), "Easier", "One level down (before the first set)", () => Act(() => _draft.ChangeLevel(-1))) { InStatusBar = false },
            new("harder", new Key('+'), "Harder", "One level up, if unlocked (before the first set)", () => Act(() => _draft.ChangeLevel(+1))) { InStatusBar = false },
            new("take-back", Key.X, "Take back", "Take back the last set of this exercise (a typo)", () => Act(_draft.RemoveLastSet)) { InStatusBar = false },
            new("previous-exercise", Key.CursorUp, "Previous", "Back to the previous exercise, to fix it", () => Act(() => _draft.Move(-1))) { AlsoKeys = [Key.K], InStatusBar = false },
            new("next-exercise", Key.CursorDown, "Following", "On to the next exercise", () => Act(() => _draft.Move(+1))) { AlsoKeys = [Key.J], InStatusBar = false },
            new("discard", Key.D, "Discard", "Discard this check-in (asks first)", AskDiscard) { InStatusBar = false },
            new("pain-rest", Key.R, "Pain-rest", "Too sore today: record a pain-rest day instead", () => _window.Show(new RestScreen(Session, _window)))
            {
                DisabledReason = () => _draft.HasAnything || editing ? "You have sets entered; save or discard them first." : null,
                InStatusBar = false,
            },
        ];
    }

    /// <summary>Leaving keeps the draft (the dashboard offers it back); Esc while choosing a ladder only cancels the choice.</summary>
    public override bool TryLeave()
    {
        if (_choosing is not null)
        {
            _choosing = null;
            _window.RefreshScreen();
            return false;
        }

        if (!IsKept)
        {
            return true;
        }

        _window.Home();
        _window.Say("Your check-in is kept: Enter on the dashboard resumes it.");
        return false;
    }

    public override bool HandleKey(Key key)
    {
        if (_choosing is not null)
        {
            return false;
        }

        if (key == Key.Backspace)
        {
            _draft.Backspace();
        }
        else if (key.AsRune.Value is >= '0' and <= '9' or '@' or '.')
        {
            _draft.Type((char)key.AsRune.Value);
        }
        else
        {
            return false;
        }

        Refresh();
        return true;
    }

    public override bool Tick()
    {
        if (_draft.Timer is null)
        {
            return false;
        }

        _draft.Tick();
        if (_draft.Timer is null && Keep() is { } warning)
        {
            // A hold that ran out recorded a set, kept like any other.
            _window.Say(warning);
        }

        Refresh();
        return true;
    }

    public override void Refresh()
    {
        FollowOtherConnection();
        if (_window.Current != this)
        {
            return;
        }

        _body.Show(_choosing is { } choosing
            ? CheckInFlowText.Choosing(choosing, _draft, id => Session.View?.State.Me.Ladder(id))
            : CheckInFlowText.Lines(_draft, Session.Game.Catalog, Day, Today));
    }

    /// <summary>Whether what is here is kept as the player's draft (something entered, or an edit changed).</summary>
    private bool IsKept => _draft.Editing is null ? _draft.HasAnything : _changed;

    /// <summary>
    /// The same player's other connection changed the draft: carry on from what it kept (unless this
    /// screen holds work that is not kept); if it saved or discarded the check-in, this one is done.
    /// Returns what to tell the player, or null when nothing happened.
    /// </summary>
    private string? FollowOtherConnection()
    {
        KeptDraft? kept = Session.Draft;
        if (kept is null)
        {
            if (_revision == 0)
            {
                return null;
            }

            _revision = 0;
            _window.Home();
            const string Done = "That check-in was saved or discarded on your other connection.";
            _window.Say(Done);
            return Done;
        }

        if (kept.Revision == _revision || (_revision == 0 && IsKept))
        {
            return null;
        }

        if (kept.Draft.Editing != _draft.Editing)
        {
            _revision = 0;
            _window.Home();
            const string Other = "Another check-in is in progress on your other connection: Enter on the dashboard takes it up.";
            _window.Say(Other);
            return Other;
        }

        bool first = _revision == 0;
        _draft = CheckInDraft.Resume(Session.Game.Catalog, kept.Draft, Ladder);
        _revision = kept.Revision;
        _changed = true;
        string message = first ? "Your check-in from your other connection is here: carry on." : "Updated from your other connection, as it kept it.";
        _window.Say(message);
        return message;
    }

    private LadderState? Ladder(string id) => Session.View?.State.Me.Ladder(id);

    /// <summary>Runs a step of the flow and keeps the draft; the last step saves the check-in at once, in one transaction.</summary>
    private void Act(Func<string?> step, string? done = null)
    {
        string? problem = step();
        _changed |= problem is null;
        if (_draft.Step == DraftStep.Finished && problem is null)
        {
            Save();
            return;
        }

        string? warning = Keep();
        if (_window.Current != this)
        {
            return;
        }

        _window.Say(warning ?? problem ?? done ?? "");
        _window.RefreshScreen();
    }

    /// <summary>
    /// Keeps the check-in as the player's draft (one small write), or drops a kept one that holds
    /// nothing now. Returns what to tell the player when it could not.
    /// </summary>
    private string? Keep()
    {
        try
        {
            if (!IsKept)
            {
                if (_revision > 0)
                {
                    Session.DiscardDraft();
                    _revision = 0;
                }

                return null;
            }

            if (Session.KeepDraft(_draft.ToDraft(), _revision) is { } revision)
            {
                _revision = revision;
                return null;
            }

            return FollowOtherConnection() ?? "Your other connection has another check-in in progress, so this one is not kept: f saves it, d discards it.";
        }
        catch (StorageException e)
        {
            // Nothing is lost on screen: f still saves it all in one go.
            return $"Could not keep your check-in in progress: {e.Message} It is still here; f saves it.";
        }
    }

    private void ChangeDay(int step)
    {
        DateOnly earliest = Today.AddDays(-Session.Game.Catalog.Rules.BackfillDays);
        DateOnly wanted = Day.AddDays(step);
        if (wanted > Today || wanted < earliest)
        {
            _window.Say(wanted > Today
                ? "A check-in cannot be for a day that has not begun."
                : $"Check-ins can be backfilled up to {Session.Game.Catalog.Rules.BackfillDays} game days, to {earliest:ddd d MMM}.");
            return;
        }

        DateOnly started = _draft.StartedAt is { } at && Session.View is { } view ? view.Clock.DayOf(at) : Today;
        Act(() =>
        {
            _draft.ChooseDay(wanted == started ? null : wanted);
            return null;
        });
    }

    private void StartChoosing(bool swap)
    {
        Ladder[] others = [.. _draft.OtherLadders(Session.Game.Catalog)];
        if (others.Length == 0)
        {
            _window.Say("Every ladder is in this check-in already.");
            return;
        }

        if (swap && (_draft.Step != DraftStep.Sets || _draft.Current.Sets.Count > 0))
        {
            _window.Say("Swap an exercise before its first set.");
            return;
        }

        _choosing = new LadderChoice(swap, others);
        _window.Say(swap ? $"Swap {_draft.Current.Ladder.Name} for: ↑/↓ and Enter; Esc keeps it." : "Add which exercise? ↑/↓ and Enter; Esc adds none.");
        _window.RefreshScreen();
    }

    private void Pick(int step)
    {
        _choosing?.Move(step);
        Refresh();
    }

    private void Choose()
    {
        if (_choosing is not { Chosen: { } ladder } choosing)
        {
            return;
        }

        _choosing = null;
        LadderState? state = Ladder(ladder.Id);
        int level = state?.Suggested ?? 1;
        int unlocked = state?.Unlocked ?? 1;
        Act(
            () =>
            {
                if (choosing.Swap)
                {
                    return _draft.Swap(ladder, level, unlocked);
                }

                _draft.Add(ladder, level, unlocked);
                return null;
            },
            choosing.Swap ? $"Swapped in {ladder.Name}." : $"Added {ladder.Name} after this exercise.");
    }

    private void AskDiscard()
    {
        if (!IsKept)
        {
            _window.Home();
            _window.Say("Nothing was entered, so nothing was kept.");
            return;
        }

        _window.Ask(new Prompt(
            _draft.Editing is null ? "Discard this check-in? Everything entered in it is lost." : "Drop these changes? The saved session stays as it was.",
            "Yes, discard",
            "No, keep going",
            Discard));
    }

    private void Discard()
    {
        try
        {
            Session.DiscardDraft();
            _revision = 0;
            _window.Home();
            _window.Say(_draft.Editing is null ? "Check-in discarded; nothing was saved." : "Changes dropped; the session is as it was.");
        }
        catch (StorageException e)
        {
            _window.Say(e.Message);
        }
    }

    private void Save()
    {
        CheckInRequest request = _draft.ToRequest() with { DraftRevision = _revision };
        if (request.Entries.Count == 0)
        {
            if (_draft.Editing is null)
            {
                Discard();
                _window.Say("Nothing was entered, so nothing was saved.");
            }
            else
            {
                _window.Say("Keep at least one exercise; d on the history screen deletes the session.");
            }

            return;
        }

        try
        {
            if (_draft.Editing is { } uid)
            {
                CorrectionSummary corrected = Session.Edit(uid, request);
                _window.Home();
                _window.Show(new ReportScreen(Session, _window, "Check-in corrected", Cli.Text.CorrectionText.Lines(corrected, Session.Game)));
                return;
            }

            CheckInSummary summary = Session.CheckIn(request);
            _window.Home();
            _window.Show(new SummaryScreen(Session, _window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            // The draft stays, here and in the database: nothing is lost, and f tries again.
            _window.Say(Keep() ?? $"{e.Message} Your check-in is kept: press f to try again, or d to discard it.");
            _window.RefreshScreen();
        }
    }
}
