using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>What an action changed, in the words the command line uses too (a correction, new settings); Enter goes home.</summary>
public sealed class ReportScreen : Screen
{
    private readonly string _heading;
    private readonly string[] _lines;
    private readonly ScreenText _body = new();

    public ReportScreen(GameSession session, GameWindow window, string heading, IEnumerable<string> lines)
        : base(session, window)
    {
        _heading = heading;
        _lines = [.. lines.Select(Core.Text.SafeText.Strip)];
        Add(_body);
    }

    public override string Heading => _heading;

    public IReadOnlyList<string> Lines => _lines;

    public static KeyTable<ReportScreen> Table { get; } = new(
        "What a change did (a correction, new settings)",
        new KeyRow<ReportScreen>("done", Key.Enter, "Dashboard", "Back to the dashboard", s => s.Window.Home()));

    public override IKeyTable Keys => Table;

    public override void Refresh() => _body.Show(_lines);
}
