using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// The daily check-in: today's quest one exercise at a time. Nothing is written until the end,
/// when the whole check-in is saved in one transaction; leaving midway asks before discarding.
/// </summary>
public sealed class CheckInScreen : Screen
{
    private readonly GameWindow _window;
    private readonly CheckInDraft _draft;
    private readonly ScreenText _body = new();
    private bool _confirmingDiscard;

    public CheckInScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        _draft = new CheckInDraft(session.Game.Catalog, session.Quest!, id => session.View?.State.Me.Ladder(id)) { StartedAt = session.Now };
        Add(_body);
    }

    public CheckInDraft Draft => _draft;

    public override string Heading => $"Check-in — {Session.View?.Me.Name} · {Session.View?.Today:ddd d MMM}";

    public override IReadOnlyList<Binding> Bindings => _confirmingDiscard
        ?
        [
            new("discard", Key.Y, "Yes, discard", "Discard the check-in in progress", Discard),
            new("keep", Key.N, "No, keep going", "Go back to the check-in", () => _confirmingDiscard = false) { AlsoKeys = [Key.Esc] },
        ]
        :
        [
            new("record", Key.Enter, "Record", "Record the set typed (alone: the target) or the pain score", () => Act(_draft.Confirm)),
            new("timer", Key.T, "Timer", "Start the countdown of a timed level", () => Act(_draft.StartHold))
            {
                DisabledReason = () => _draft.Step == DraftStep.Sets && _draft.Current.IsTimed ? null : "Only timed levels have a countdown.",
                InStatusBar = _draft.Step == DraftStep.Sets && _draft.Current.IsTimed,
            },
            new("next", Key.N, "Next", "Done with sets: ask pain and move on", () => Act(_draft.FinishSets)) { InStatusBar = _draft.Step == DraftStep.Sets },
            new("easier", new Key('-'), "Easier", "One level down (before the first set)", () => Act(() => _draft.ChangeLevel(-1))),
            new("harder", new Key('+'), "Harder", "One level up, if unlocked (before the first set)", () => Act(() => _draft.ChangeLevel(+1))),
            new("skip", Key.S, "Skip", "Skip this exercise", () => Act(() =>
            {
                _draft.Skip();
                return null;
            })),
            new("finish", Key.F, "Save", "Save now what is done; the rest is skipped", Save)
            {
                DisabledReason = () => _draft.HasAnything ? null : "Nothing entered yet.",
            },
            new("pain-rest", Key.R, "Pain-rest", "Too sore today: record a pain-rest day instead", () => _window.Show(new RestScreen(Session, _window)))
            {
                DisabledReason = () => _draft.HasAnything ? "You have sets entered; save or discard them first." : null,
                InStatusBar = false,
            },
        ];

    public override bool TryLeave()
    {
        if (!_draft.HasAnything || _confirmingDiscard)
        {
            return true;
        }

        _confirmingDiscard = true;
        _window.Say("Discard this check-in? y discards it, n keeps going.");
        _window.RefreshScreen();
        return false;
    }

    public override bool HandleKey(Key key)
    {
        if (_confirmingDiscard)
        {
            return true;
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

        _window.Say(problem ?? "");
        _window.RefreshScreen();
    }

    private void Discard()
    {
        _confirmingDiscard = false;
        _window.Home();
        _window.Say("Check-in discarded; nothing was saved.");
    }

    private void Save()
    {
        CheckInRequest request = _draft.ToRequest();
        if (request.Entries.Count == 0)
        {
            _window.Home();
            _window.Say("Nothing was entered, so nothing was saved.");
            return;
        }

        try
        {
            CheckInSummary summary = Session.CheckIn(request);
            _window.Home();
            _window.Show(new SummaryScreen(Session, _window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            // Keep the draft: nothing is lost, and f tries again.
            _window.Say($"{e.Message} Your check-in is kept: press f to try again.");
        }
    }
}
