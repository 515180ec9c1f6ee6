using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// The daily check-in: today's quest one exercise at a time. Nothing is written until the end,
/// when the whole check-in is saved in one transaction; leaving midway asks before discarding.
/// </summary>
public sealed class CheckInScreen : Screen
{
    private readonly CheckInDraft _draft;
    private readonly ScreenText _body = new();
    private bool _confirmingDiscard;

    public CheckInScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        _draft = new CheckInDraft(session.Game.Catalog, session.Quest!, id => session.View?.State.Me.Ladder(id)) { StartedAt = session.Now };
        Add(_body);
    }

    public CheckInDraft Draft => _draft;

    public override string Heading => $"Check-in — {Session.View?.Me.Name} · {Session.View?.Today:ddd d MMM}";

    /// <summary>Sets are being entered (not the pain score).</summary>
    private bool AtSets => _draft.Step == DraftStep.Sets;

    public static KeyTable<CheckInScreen> Table { get; } = new(
        "Check-in",
        new KeyRow<CheckInScreen>("record", Key.Enter, "Record", "Record the set typed (alone: the target) or the pain score", s => s.Act(s._draft.Confirm)),
        new KeyRow<CheckInScreen>("timer", Key.T, "Timer", "Start the countdown of a timed level", s => s.Act(s._draft.StartHold))
        {
            Active = s => s.AtSets,
            DisabledReason = s => s._draft.Current.IsTimed ? null : "Only timed levels have a countdown.",
            InStatusBar = s => s._draft.Current.IsTimed,
        },
        new KeyRow<CheckInScreen>("next", Key.N, "Next", "Done with sets: ask pain and move on", s => s.Act(s._draft.FinishSets)) { Active = s => s.AtSets },
        new KeyRow<CheckInScreen>("skip", Key.S, "Skip", "Skip this exercise", s => s.Act(() =>
        {
            s._draft.Skip();
            return null;
        })),
        new KeyRow<CheckInScreen>("finish", Key.F, "Save", "Save now what is done; the rest is skipped", s => s.Save())
        {
            DisabledReason = s => s._draft.HasAnything ? null : "Nothing entered yet.",
            Essential = true,
        },
        // Once something is typed, "-" and "+" are characters of the field (and refused there with the reason).
        new KeyRow<CheckInScreen>("easier", new Key('-'), "Easier", "One level down (before the first set)", s => s.Act(() => s._draft.ChangeLevel(-1)))
        {
            Active = s => s.AtSets && s._draft.Input.Length == 0,
        },
        new KeyRow<CheckInScreen>("harder", new Key('+'), "Harder", "One level up, if unlocked (before the first set)", s => s.Act(() => s._draft.ChangeLevel(+1)))
        {
            Active = s => s.AtSets && s._draft.Input.Length == 0,
        },
        new KeyRow<CheckInScreen>("pain-rest", Key.R, "Pain-rest", "Too sore today: record a pain-rest day instead", s => s.Window.Show(new RestScreen(s.Session, s.Window)))
        {
            DisabledReason = s => s._draft.HasAnything ? "You have sets entered; save or discard them first." : null,
            InStatusBar = static _ => false,
        });

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

    /// <summary>Leaving a check-in in progress asks first.</summary>
    public static KeyTable<CheckInScreen> DiscardTable { get; } = new(
        "Check-in: leaving it unsaved",
        new KeyRow<CheckInScreen>("discard", Key.Y, "Yes, discard", "Discard the check-in in progress", s => s.Discard()) { Essential = true },
        new KeyRow<CheckInScreen>("keep", Key.N, "No, keep going", "Go back to the check-in", s => s.KeepGoing())
        {
            AlsoKeys = [Key.Esc],
            Essential = true,
        });

    public override IKeyTable Keys => _confirmingDiscard ? DiscardTable : _draft.Unusual is not null ? UnusualTable : Table;

    public override bool HasUnsavedWork => _draft.HasAnything;

    /// <summary>With sets entered, leaving asks first; only y (discard) leaves then, so a second q loses nothing.</summary>
    public override bool TryLeave()
    {
        if (!_draft.HasAnything)
        {
            return true;
        }

        _confirmingDiscard = true;
        Window.Say("Discard this check-in? y discards it, n keeps going.");
        Window.RefreshScreen();
        return false;
    }

    public override bool HandleKey(Key key)
    {
        if (_confirmingDiscard || _draft.Unusual is not null)
        {
            Window.Say(_confirmingDiscard ? "Discard this check-in? y discards it, n keeps going." : _draft.UnusualQuestion!);
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
        if (_confirmingDiscard || _draft.Unusual is not null)
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
        Refresh();
        return true;
    }

    public override void Refresh()
    {
        _body.Show(CheckInFlowText.Lines(_draft, Session.Game.Catalog));
    }

    /// <summary>Runs a step of the flow; the last one saves the check-in at once, in one transaction.</summary>
    private void Act(Func<string?> step)
    {
        string? problem = step();
        if (_draft.Step == DraftStep.Finished)
        {
            Save();
            return;
        }

        Window.Say(problem ?? "");
        Window.RefreshScreen();
    }

    private void KeepGoing()
    {
        _confirmingDiscard = false;
        Window.Say("");
        Window.RefreshScreen();
    }

    private void Discard()
    {
        _confirmingDiscard = false;
        Window.Home();
        Window.Say("Check-in discarded; nothing was saved.");
    }

    private void Save()
    {
        CheckInRequest request = _draft.ToRequest();
        if (request.Entries.Count == 0)
        {
            Window.Home();
            Window.Say("Nothing was entered, so nothing was saved.");
            return;
        }

        try
        {
            CheckInSummary summary = Session.CheckIn(request);
            Window.Home();
            Window.Show(new SummaryScreen(Session, Window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            // Keep the draft: nothing is lost, and f tries again.
            Window.Say($"{e.Message} Your check-in is kept: press f to try again.");
        }
    }
}
