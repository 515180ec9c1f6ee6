using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The daily home: level, streaks, the duel, today's quest and what both partners did lately.</summary>
public sealed class DashboardScreen : Screen
{
    private readonly ScreenText _body = new();

    public DashboardScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public static KeyTable<DashboardScreen> Table { get; } = new(
        "Dashboard",
        new KeyRow<DashboardScreen>("check-in", Key.C, "Check in", "Start today's check-in, one exercise at a time", s => s.Window.Show(new CheckInScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("pain-rest", Key.R, "Rest", "A pain-rest day, when it hurts too much to train: it protects your streaks", s => s.Window.Show(new RestScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("ladders", Key.L, "Ladders", "Every ladder: levels, progress, cues and records", s => s.Window.Show(new LaddersScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("history", Key.H, "History", "The last 12 months of both partners, and a weekly XP chart", s => s.Window.Show(new HistoryScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("couple", Key.P, "Couple", "The weekly duel, crowns and both streaks", s => s.Window.Show(new CoupleScreen(s.Session, s.Window)))
        {
            DisabledReason = s => s.NoPartner(),
        },
        new KeyRow<DashboardScreen>("recap", Key.W, "Recap", "The weekly recap: both partners, the boss, the crown", s => s.Window.Show(new RecapScreen(s.Session, s.Window)))
        {
            InStatusBar = static _ => false,
        },
        new KeyRow<DashboardScreen>("nudge", Key.N, "Nudge", "Nudge your partner: the co-op streak needs them", s => s.Nudge())
        {
            DisabledReason = s => s.NoPartner(),
            InStatusBar = static _ => false,
        });

    public override IKeyTable Keys => Table;

    public override string Heading => $"StrengthQuest — {Session.View?.Me.Name} · {Session.View?.Today:ddd d MMM}";

    private string? NoPartner() => Session.View?.Partner is null ? "No partner linked yet: strengthquest couple link YOU PARTNER" : null;

    private void Nudge()
    {
        try
        {
            Core.Players.Player partner = Session.Game.Nudge(Session.Handle!);
            Window.Say($"Nudged {Core.Text.SafeText.Strip(partner.Name)}.");
        }
        catch (Exception e) when (e is Core.GameDataException or Storage.StorageException)
        {
            Window.Say(e.Message);
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
