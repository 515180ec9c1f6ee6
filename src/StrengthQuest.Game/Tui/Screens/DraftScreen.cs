using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A check-in in progress whose day has left the backfill window: it can be looked at and discarded, never silently dropped.</summary>
public sealed class DraftScreen : Screen
{
    private readonly ScreenText _body = new();

    public DraftScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "A check-in that can no longer be saved";

    public static KeyTable<DraftScreen> Table { get; } = new(
        "A check-in too old to save",
        new KeyRow<DraftScreen>("log-in-window", Key.C, "Log it in the window", "Take its sets into a check-in for the oldest day still in the window (→ a later one)", s => s.Window.Show(CheckInScreen.IntoWindow(s.Session, s.Window))),
        new KeyRow<DraftScreen>("discard-draft", Key.D, "Discard it", "Discard the check-in in progress (asks first)", s => DashboardScreen.AskDiscard(s.Session, s.Window)));

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        if (Session.Draft is not { } kept || Session.View is not { } view)
        {
            _body.Show(["Nothing in progress."]);
            return;
        }

        int days = Session.Game.Catalog.Rules.BackfillDays;
        _body.Show([
            $"This check-in was started for {view.DayOf(kept.Draft):dddd d MMMM}, which has left the backfill window",
            $"(check-ins can be saved up to {days} game days back). This is what it holds:",
            "",
            .. DraftText.Lines(kept.Draft, Session.Game.Catalog),
            "",
            "If it matters, c logs it for the oldest day still in the window (→ there picks",
            "a later one); d discards it.",
        ]);
    }
}
