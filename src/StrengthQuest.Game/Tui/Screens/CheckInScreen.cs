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
    private readonly ScreenText _body = new();
    private CheckInDraft _draft;
    private LadderChoice? _choosing;
    private long _revision;
    private bool _changed;
    private bool _gone;
    private bool _unkept;

    /// <summary>The last save lost the connection while the server committed: it may be saved already.</summary>
    private bool _saveInDoubt;

    public CheckInScreen(GameSession session, GameWindow window, CheckInDraft? draft = null)
        : base(session, window)
    {
        _draft = draft ?? new CheckInDraft(session.Game.Catalog, session.Quest!, Ladder) { StartedAt = session.Now };
        _revision = draft is not null && session.Draft is { } kept && kept.Draft.Editing == draft.Editing ? kept.Revision : 0;
        Add(_body);
    }

    /// <summary>The player's check-in in progress, or a new one: never two drafts for one player.</summary>
    public static CheckInScreen Open(GameSession session, GameWindow window) =>
        new(session, window, session.Draft is { } kept ? CheckInDraft.Resume(session.Game.Catalog, kept.Draft, id => session.View?.State.Me.Ladder(id)) : null);

    /// <summary>The check-in in progress whose day has left the window, moved to the oldest day still in it and kept so.</summary>
    public static CheckInScreen IntoWindow(GameSession session, GameWindow window)
    {
        CheckInScreen screen = Open(session, window);
        screen.Act(() =>
        {
            screen._draft.ChooseDay(screen.Today.AddDays(-session.Game.Catalog.Rules.BackfillDays));
            return null;
        });
        return screen;
    }

    /// <summary>A saved session to correct, its exercises filled in.</summary>
    public static CheckInScreen Edit(GameSession session, GameWindow window, Session saved) =>
        new(session, window, CheckInDraft.Edit(session.Game.Catalog, saved, id => session.View?.State.Me.Ladder(id), session.Now));

    public CheckInDraft Draft => _draft;

    public override string Heading =>
        $"{(_draft.Editing is null ? "Check-in" : "Correcting a check-in")} — {Session.View?.Me.Name} · {Day:ddd d MMM}{(_draft.Day is not null && _draft.Editing is null ? " (backfill)" : "")}";

    /// <summary>The game day this check-in is for.</summary>
    public DateOnly Day => _draft.Day ?? (_draft.StartedAt is { } started && Session.View is { } view ? view.Clock.DayOf(started) : Today);

    private DateOnly Today => Session.View?.Today ?? default;

    /// <summary>Sets are being entered (not the pain score).</summary>
    private bool AtSets => _draft.Step == DraftStep.Sets;

    /// <summary>At the sets of an exercise with none recorded yet (a swap is still possible).</summary>
    private bool Fresh => AtSets && _draft.Current.Sets.Count == 0;

    private bool Editing => _draft.Editing is not null;

    public static KeyTable<CheckInScreen> Table { get; } = new(
        "Check-in",
        new KeyRow<CheckInScreen>("record", Key.Enter, "Record", "Record the set typed (alone: the target) or the pain score", s => s.Act(s._draft.Confirm)),
        new KeyRow<CheckInScreen>("timer", Key.T, "Timer", "Start the countdown of a timed level", s => s.Act(s._draft.StartHold))
        {
            Active = s => s.AtSets,
            DisabledReason = s => s._draft.Current.IsTimed ? null : "Only timed levels have a countdown.",
            InStatusBar = s => s._draft.Current.IsTimed,
        },
        new KeyRow<CheckInScreen>("next", Key.N, "Next", "Done with sets: ask pain and move on", s => s.Act(s._draft.FinishSets))
        {
            Active = s => s.AtSets,
            InStatusBar = s => !s.Fresh,
        },
        new KeyRow<CheckInScreen>("skip", Key.S, "Skip", "Skip this exercise", s => s.Act(() =>
        {
            s._draft.Skip();
            return null;
        })),
        new KeyRow<CheckInScreen>("swap", Key.W, "Swap", "Swap this exercise for another ladder (before its first set)", s => s.StartChoosing(swap: true))
        {
            DisabledReason = s => s.Fresh ? null : "Swap an exercise before its first set.",
            InStatusBar = s => s.Fresh,
        },
        new KeyRow<CheckInScreen>("finish", Key.F, "Save", "Save now what is done; the rest is skipped", s => s.Save())
        {
            DisabledReason = s => s._draft.HasAnything ? null : "Nothing entered yet.",
            Essential = true,
        },
        new KeyRow<CheckInScreen>("earlier-day", Key.CursorLeft, "Day", "An earlier day (a backfill, within the backfill window)", s => s.ChangeDay(-1))
        {
            DisabledReason = s => s.Editing ? "A correction keeps the session's day." : null,
            InStatusBar = s => !s.Editing,
        },
        new KeyRow<CheckInScreen>("later-day", Key.CursorRight, "Later day", "Check in for a later day, up to today", s => s.ChangeDay(+1)) { InStatusBar = static _ => false },
        new KeyRow<CheckInScreen>("add", Key.A, "Add", "Add an exercise that was not proposed, after this one", s => s.StartChoosing(swap: false)) { InStatusBar = static _ => false },
        // Once something is typed, "-" and "+" are characters of the field (and refused there with the reason).
        new KeyRow<CheckInScreen>("easier", new Key('-'), "Easier", "One level down (before the first set)", s => s.Act(() => s._draft.ChangeLevel(-1)))
        {
            Active = s => s.AtSets && s._draft.Input.Length == 0,
            InStatusBar = static _ => false,
        },
        new KeyRow<CheckInScreen>("harder", new Key('+'), "Harder", "One level up, if unlocked (before the first set)", s => s.Act(() => s._draft.ChangeLevel(+1)))
        {
            Active = s => s.AtSets && s._draft.Input.Length == 0,
            InStatusBar = static _ => false,
        },
        new KeyRow<CheckInScreen>("take-back", Key.X, "Take back", "Take back the last set of this exercise (a typo)", s => s.Act(s._draft.RemoveLastSet)) { InStatusBar = static _ => false },
        new KeyRow<CheckInScreen>("previous-exercise", Key.CursorUp, "Previous", "Back to the previous exercise, to fix it", s => s.Act(() => s._draft.Move(-1)))
        {
            AlsoKeys = [Key.K],
            InStatusBar = static _ => false,
        },
        new KeyRow<CheckInScreen>("next-exercise", Key.CursorDown, "Following", "On to the next exercise", s => s.Act(() => s._draft.Move(+1)))
        {
            AlsoKeys = [Key.J],
            InStatusBar = static _ => false,
        },
        new KeyRow<CheckInScreen>("discard", Key.D, "Discard", "Discard this check-in (asks first)", s => s.AskDiscard()) { InStatusBar = static _ => false },
        new KeyRow<CheckInScreen>("pain-rest", Key.R, "Pain-rest", "Too sore today: record a pain-rest day instead", s => s.Window.Show(new RestScreen(s.Session, s.Window)))
        {
            DisabledReason = s => s._draft.HasAnything || s.Editing ? "You have sets entered; save or discard them first." : null,
            InStatusBar = static _ => false,
        });

    /// <summary>Choosing a ladder to swap in or add.</summary>
    public static KeyTable<CheckInScreen> ChoosingTable { get; } = new(
        "Check-in: choosing a ladder",
        new KeyRow<CheckInScreen>("choose", Key.Enter, "Take it", "Take the ladder marked ▸ (Esc takes none)", s => s.Choose()) { Essential = true },
        new KeyRow<CheckInScreen>("down", Key.CursorDown, "Next", "Next ladder", s => s.Pick(+1)) { AlsoKeys = [Key.J], InStatusBar = static _ => false },
        new KeyRow<CheckInScreen>("up", Key.CursorUp, "Previous", "Previous ladder", s => s.Pick(-1)) { AlsoKeys = [Key.K], InStatusBar = static _ => false });

    /// <summary>A set far above the target waits for a yes or a correction.</summary>
    public static KeyTable<CheckInScreen> UnusualTable { get; } = new(
        "Check-in: a set far above the target",
        new KeyRow<CheckInScreen>("keep-set", Key.Enter, "Keep it", "Record the set as typed", s => s.Act(s._draft.Confirm)) { Essential = true },
        new KeyRow<CheckInScreen>("change-set", Key.Esc, "Change it", "Back to the set typed, to correct it", s => s.Act(() =>
        {
            s._draft.ChangeUnusual();
            return "Correct the set: Backspace, then Enter.";
        }))
        {
            Essential = true,
        });

    public override IKeyTable Keys => _choosing is not null ? ChoosingTable : _draft.Unusual is not null ? UnusualTable : Table;

    /// <summary>A check-in in progress: the window stays on it whatever fails, and quitting asks first.</summary>
    public override bool HasUnsavedWork => IsKept || _draft.HasAnything;

    public override bool HoldsUnkept => _unkept;

    public override void ServerBack()
    {
        if (_unkept && Keep() is { } warning)
        {
            Window.Say(warning);
        }
    }

    /// <summary>Leaving keeps the draft (the dashboard offers it back); Esc while choosing a ladder only cancels the choice.</summary>
    public override bool TryLeave()
    {
        if (_choosing is not null)
        {
            _choosing = null;
            Window.RefreshScreen();
            return false;
        }

        if (!IsKept)
        {
            return true;
        }

        if (_unkept)
        {
            // Leaving would drop what only this screen holds.
            Window.Say(Session.ServerLost is not null
                ? ServerText.DraftHeld + " Esc works again once it is saved."
                : "Your check-in could not be kept yet, so it stays here: f saves it, d discards it.");
            return false;
        }

        Window.Home();
        Window.Say("Your check-in is kept: Enter on the dashboard resumes it.");
        return false;
    }

    public override bool HandleKey(Key key)
    {
        if (_choosing is not null)
        {
            return false;
        }

        if (_draft.Unusual is not null)
        {
            Window.Say(_draft.UnusualQuestion!);
            return true;
        }

        if (key == Key.Backspace)
        {
            _draft.Backspace();
        }
        else if (TypedKey.Char(key) is { } typed && _draft.Step != DraftStep.Finished)
        {
            if (_draft.Type(typed) is { } refused)
            {
                Window.Say(refused);
            }
        }
        else
        {
            return false;
        }

        Window.RefreshScreen();
        return true;
    }

    public override void HandlePaste(string text)
    {
        if (_choosing is not null || _draft.Unusual is not null)
        {
            return;
        }

        Window.Say(_draft.Paste(text) ?? "");
        Window.RefreshScreen();
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
            Window.Say(warning);
        }

        Refresh();
        return true;
    }

    public override void Refresh()
    {
        FollowOtherConnection();
        if (_gone)
        {
            // The other connection saved, discarded or replaced it: the window has gone home already.
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
            _gone = true;
            Window.Home();
            // After a save whose commit lost the connection, it was that save that took the draft.
            string done = _saveInDoubt ? "That check-in was saved: the server had it before the connection dropped." : "That check-in was saved or discarded on your other connection.";
            Window.Say(done);
            return done;
        }

        if (kept.Revision == _revision || (_revision == 0 && IsKept))
        {
            return null;
        }

        if (kept.Draft.Editing != _draft.Editing)
        {
            _revision = 0;
            _gone = true;
            Window.Home();
            const string Other = "Another check-in is in progress on your other connection: Enter on the dashboard takes it up.";
            Window.Say(Other);
            return Other;
        }

        bool first = _revision == 0;
        _draft = CheckInDraft.Resume(Session.Game.Catalog, kept.Draft, Ladder);
        _revision = kept.Revision;
        _changed = true;
        string message = first ? "Your check-in from your other connection is here: carry on." : "Updated from your other connection, as it kept it.";
        Window.Say(message);
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
        if (Window.Current != this)
        {
            return;
        }

        Window.Say(warning ?? problem ?? done ?? "");
        Window.RefreshScreen();
    }

    /// <summary>
    /// Keeps the check-in as the player's draft (one small write), or drops a kept one that holds
    /// nothing now. Returns what to tell the player when it could not.
    /// </summary>
    private string? Keep()
    {
        _unkept = false;
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
            // Nothing is lost on screen: f still saves it all in one go, and the server's return keeps it.
            _unkept = true;
            if (Session.ServerLost is not null)
            {
                return ServerText.DraftHeld;
            }

            return $"Could not keep your check-in in progress: {e.Message} It is still here; f saves it.";
        }
    }

    private void ChangeDay(int step)
    {
        DateOnly earliest = Today.AddDays(-Session.Game.Catalog.Rules.BackfillDays);
        DateOnly wanted = Day.AddDays(step);
        if (wanted > Today || wanted < earliest)
        {
            Window.Say(wanted > Today
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
            Window.Say("Every ladder is in this check-in already.");
            return;
        }

        if (swap && (_draft.Step != DraftStep.Sets || _draft.Current.Sets.Count > 0))
        {
            Window.Say("Swap an exercise before its first set.");
            return;
        }

        _choosing = new LadderChoice(swap, others);
        Window.Say(swap ? $"Swap {_draft.Current.Ladder.Name} for: ↑/↓ and Enter; Esc keeps it." : "Add which exercise? ↑/↓ and Enter; Esc adds none.");
        Window.RefreshScreen();
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
            Window.Home();
            Window.Say("Nothing was entered, so nothing was kept.");
            return;
        }

        Window.Ask(new Prompt(
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
            Window.Home();
            Window.Say(_draft.Editing is null ? "Check-in discarded; nothing was saved." : "Changes dropped; the session is as it was.");
        }
        catch (StorageException e)
        {
            Window.Say(e.Message);
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
                Window.Say("Nothing was entered, so nothing was saved.");
            }
            else
            {
                Window.Say("Keep at least one exercise; d on the history screen deletes the session.");
            }

            return;
        }

        try
        {
            if (_draft.Editing is { } uid)
            {
                CorrectionSummary corrected = Session.Edit(uid, request);
                Window.Home();
                Window.Show(new ReportScreen(Session, Window, "Check-in corrected", Cli.Text.CorrectionText.Lines(corrected, Session.Game)));
                return;
            }

            CheckInSummary summary = Session.CheckIn(request);
            Window.Home();
            Window.Show(new SummaryScreen(Session, Window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            // The draft stays, here and in the database: nothing is lost, and f tries again (if a
            // lost commit did save it, the draft is gone: f then says so and saves nothing twice).
            if (GameSession.SaveInDoubt(e))
            {
                _saveInDoubt = true;
                string? kept = Keep();
                Window.Say(_gone ? kept! : $"{e.Message} Your check-in is kept: f saves it if it was not saved, and says so if it was.");
            }
            else
            {
                Window.Say(Keep() ?? $"{e.Message} Your check-in is kept: press f to try again, or d to discard it.");
            }

            Window.RefreshScreen();
        }
    }
}
