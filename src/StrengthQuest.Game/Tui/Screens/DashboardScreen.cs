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
        new KeyRow<DashboardScreen>("resume", Key.Enter, "Resume", "Take up the check-in in progress", s => s.CheckIn())
        {
            DisabledReason = s => s.Session.HasDraft ? null : "No check-in in progress: c starts one.",
            InStatusBar = s => s.Session.HasDraft,
        },
        new KeyRow<DashboardScreen>("discard-draft", Key.D, "Discard", "Discard the check-in in progress (asks first)", s => AskDiscard(s.Session, s.Window))
        {
            DisabledReason = s => s.Session.HasDraft ? null : "No check-in in progress.",
            InStatusBar = s => s.Session.HasDraft,
        },
        new KeyRow<DashboardScreen>("check-in", Key.C, "Check in", "Start today's check-in (or take up the one in progress)", s => s.CheckIn()),
        new KeyRow<DashboardScreen>("pain-rest", Key.R, "Rest", "A pain-rest day, when it hurts too much to train: it protects your streaks", s => s.Window.Show(new RestScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("ladders", Key.L, "Ladders", "Every ladder: levels, progress, cues and records", s => s.Window.Show(new LaddersScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("history", Key.H, "History", "The last 12 months of both partners, and a weekly XP chart", s => s.Window.Show(new HistoryScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("couple", Key.P, "Couple", "The duel, crowns and streaks; without a partner, invite codes", s => s.Window.Show(new CoupleScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("board", Key.B, "Board", "The couples' board: this week's ranking of the host's couples", s => s.Window.Show(new BoardScreen(s.Session, s.Window))),
        new KeyRow<DashboardScreen>("recap", Key.W, "Recap", "The weekly recap: both partners, the boss, the crown", s => s.Window.Show(new RecapScreen(s.Session, s.Window)))
        {
            InStatusBar = static _ => false,
        },
        new KeyRow<DashboardScreen>("nudge", Key.N, "Nudge", "Nudge your partner: the co-op streak needs them", s => s.Nudge())
        {
            DisabledReason = s => s.NoPartner(),
            InStatusBar = static _ => false,
        },
        new KeyRow<DashboardScreen>("settings", Key.O, "Settings", "Name, time zone, day start (travel costs no streak), training days, reminder", s => s.Window.Show(new SettingsScreen(s.Session, s.Window)))
        {
            InStatusBar = static _ => false,
        });

    public override IKeyTable Keys => Table;

    public override string Heading => $"StrengthQuest — {Session.View?.Me.Name} · {Session.View?.Today:ddd d MMM}";

    /// <summary>The check-in in progress if there is one (never a second), else a new one; one too old to save is only shown.</summary>
    private void CheckIn()
    {
        if (Session.Draft is { } kept && Session.View is { } view && !DraftText.CanSave(view, kept.Draft, Session.Game.Catalog.Rules))
        {
            Window.Show(new DraftScreen(Session, Window));
            return;
        }

        Window.Show(CheckInScreen.Open(Session, Window));
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

    private string? NoPartner() => Session.View?.Partner is null ? "No partner yet: on the couple screen (p), i makes an invite code." : null;

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
        Session.View is not null && Session.Quest is not null
        && _body.Show(DashboardText.Lines(Session.View, Session.Quest, Session.Now, DraftText.Offer(Session.View, Session.Draft, Session.Game.Catalog.Rules)));
}
