using StrengthQuest.Core.Game;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>What a check-in earned: XP with its breakdown, level-ups, unlocks, records, achievements, pain advice.</summary>
public sealed class SummaryScreen : Screen
{
    private readonly GameWindow _window;
    private readonly CheckInSummary _summary;
    private readonly ScreenText _body = new();

    public SummaryScreen(GameSession session, GameWindow window, CheckInSummary summary)
        : base(session)
    {
        _window = window;
        _summary = summary;
        Add(_body);
    }

    public override string Heading => "Check-in saved";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("done", Key.Enter, "Dashboard", "Back to the dashboard", _window.Home),
    ];

    public override void Refresh() =>
        _body.Show(Cli.Text.CheckInText.Lines(_summary, Session.Game).Select(Core.Text.SafeText.Strip));
}
