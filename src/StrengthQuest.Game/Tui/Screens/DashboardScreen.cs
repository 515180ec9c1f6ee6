using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>The daily home: level, streaks, the duel, today's quest and what both partners did lately.</summary>
public sealed class DashboardScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();

    public DashboardScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => $"StrengthQuest — {Session.View?.Me.Name} · {Session.View?.Today:ddd d MMM}";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("resume", Key.Enter, "Resume", "Take up the check-in in progress", CheckIn)
        {
            DisabledReason = () => Session.HasDraft ? null : "No check-in in progress: c starts one.",
            InStatusBar = Session.HasDraft,
        },
        new("discard-draft", Key.D, "Discard", "Discard the check-in in progress (asks first)", () => AskDiscard(Session, _window))
        {
            DisabledReason = () => Session.HasDraft ? null : "No check-in in progress.",
            InStatusBar = Session.HasDraft,
        },
        new("check-in", Key.C, "Check in", "Start today's check-in (or take up the one in progress)", CheckIn),
        new("pain-rest", Key.R, "Rest", $"A pain-rest day (pain {Session.Game.Catalog.Rules.RestDayMinPain} or more): it protects your streaks", () => _window.Show(new RestScreen(Session, _window))),
        new("ladders", Key.L, "Ladders", "Every ladder: levels, progress, cues and records", () => _window.Show(new LaddersScreen(Session, _window))),
        new("history", Key.H, "History", "The last 12 months of both partners, and a weekly XP chart", () => _window.Show(new HistoryScreen(Session, _window))),
        new("couple", Key.P, "Couple", "The weekly duel, crowns and both streaks", () => _window.Show(new CoupleScreen(Session, _window)))
        {
            DisabledReason = NoPartner,
        },
        new("recap", Key.W, "Recap", "The weekly recap: both partners, the boss, the crown", () => _window.Show(new RecapScreen(Session, _window))) { InStatusBar = false },
        new("nudge", Key.N, "Nudge", "Nudge your partner: the co-op streak needs them", Nudge) { DisabledReason = NoPartner, InStatusBar = false },
        new("settings", Key.O, "Settings", "Your name, time zone and day start (travel costs no streak)", () => _window.Show(new SettingsScreen(Session, _window)))
        {
            InStatusBar = false,
        },
    ];

    /// <summary>The check-in in progress if there is one (never a second), else a new one; one too old to save is only shown.</summary>
    private void CheckIn()
    {
        if (Session.Draft is { } kept && Session.View is { } view && !DraftText.CanSave(view, kept.Draft, Session.Game.Catalog.Rules))
        {
            _window.Show(new DraftScreen(Session, _window));
            return;
        }

        _window.Show(CheckInScreen.Open(Session, _window));
    }

    /// <summary>Asks, then discards the player's check-in in progress (from any connection).</summary>
    public static void AskDiscard(GameSession session, GameWindow window)
    {
        if (!session.HasDraft)
        {
            window.Say("No check-in in progress.");
            return;
        }

        window.Ask(new Prompt(
            "Discard your check-in in progress? Everything entered in it is lost.",
            "Yes, discard",
            "No, keep it",
            () =>
            {
                try
                {
                    session.DiscardDraft();
                    window.Home();
                    window.Say("Check-in discarded; nothing was saved.");
                }
                catch (Storage.StorageException e)
                {
                    window.Say(e.Message);
                }
            }));
    }

    private string? NoPartner() => Session.View?.Partner is null ? "No partner linked yet: strengthquest couple link YOU PARTNER" : null;

    private void Nudge()
    {
        try
        {
            Core.Players.Player partner = Session.Game.Nudge(Session.Handle!);
            _window.Say($"Nudged {Core.Text.SafeText.Strip(partner.Name)}.");
        }
        catch (Exception e) when (e is Core.GameDataException or Storage.StorageException)
        {
            _window.Say(e.Message);
        }
    }

    public override void Refresh() => Tick();

    /// <summary>
    /// Time alone changes what the dashboard says, without any write: "2 hours ago" becomes
    /// "3 hours ago", and the partner's presence fades. Redraw only when the text would differ.
    /// </summary>
    public override bool Tick() =>
        Session.View is not null && Session.Quest is not null
        && _body.Show(DashboardText.Lines(Session.View, Session.Quest, Session.Now, DraftText.Offer(Session.View, Session.Draft, Session.Game.Catalog.Rules)));
}
