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
        new("check-in", Key.C, "Check in", "Start today's check-in, one exercise at a time", () => _window.Show(new CheckInScreen(Session, _window))),
        new("pain-rest", Key.R, "Rest", $"A pain-rest day (pain {Session.Game.Catalog.Rules.RestDayMinPain} or more): it protects your streaks", () => _window.Show(new RestScreen(Session, _window))),
        new("ladders", Key.L, "Ladders", "Every ladder: levels, progress, cues and records", () => _window.Show(new LaddersScreen(Session, _window))),
        new("history", Key.H, "History", "The last 12 months of both partners, and a weekly XP chart", () => _window.Show(new HistoryScreen(Session, _window))),
        new("couple", Key.P, "Couple", "The duel, crowns and streaks; without a partner, invite codes", () => _window.Show(new CoupleScreen(Session, _window))),
        new("board", Key.B, "Board", "The couples' board: this week's ranking of the host's couples", () => _window.Show(new BoardScreen(Session, _window))),
        new("recap", Key.W, "Recap", "The weekly recap: both partners, the boss, the crown", () => _window.Show(new RecapScreen(Session, _window))) { InStatusBar = false },
        new("nudge", Key.N, "Nudge", "Nudge your partner: the co-op streak needs them", Nudge) { DisabledReason = NoPartner, InStatusBar = false },
    ];

    private string? NoPartner() => Session.View?.Partner is null ? "No partner yet: on the couple screen (p), i makes an invite code." : null;

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
        Session.View is not null && Session.Quest is not null && _body.Show(DashboardText.Lines(Session.View, Session.Quest, Session.Now));
}
