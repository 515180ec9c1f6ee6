using StrengthQuest.Core.Game;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>What a check-in earned: XP with its breakdown, level-ups, unlocks, records, achievements, pain advice.</summary>
public sealed class SummaryScreen : Screen
{
    private readonly CheckInSummary _summary;
    private readonly ScreenText _body = new();

    public SummaryScreen(GameSession session, GameWindow window, CheckInSummary summary)
        : base(session, window)
    {
        _summary = summary;
        Add(_body);
    }

    public override string Heading => "Check-in saved";

    public static KeyTable<SummaryScreen> Table { get; } = new(
        "Check-in saved",
        new KeyRow<SummaryScreen>("done", Key.Enter, "Dashboard", "Back to the dashboard", s => s.Window.Home()));

    public override IKeyTable Keys => Table;

    public override void Refresh() =>
        _body.Show(Cli.Text.CheckInText.Lines(_summary, Session.Game).Select(Core.Text.SafeText.Strip));
}
