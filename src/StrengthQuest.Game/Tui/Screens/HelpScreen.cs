using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>Every key binding, generated from the same tables the screens and the status bar use.</summary>
public sealed class HelpScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();
    private string[] _lines = [];
    private int _top;

    public HelpScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "Help — every key";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("scroll-down", Key.CursorDown, "Scroll", "Scroll down", () => Scroll(+1)) { AlsoKeys = [Key.J, Key.PageDown], InStatusBar = false },
        new("scroll-up", Key.CursorUp, "Scroll up", "Scroll up", () => Scroll(-1)) { AlsoKeys = [Key.K, Key.PageUp], InStatusBar = false },
    ];

    public override void Refresh()
    {
        _lines = [.. Lines(_window)];
        Render();
    }

    /// <summary>Each screen's bindings under its name, then the ones that work everywhere.</summary>
    public static IEnumerable<string> Lines(GameWindow window)
    {
        foreach (IGrouping<string, (string Section, Binding Binding)> section in HelpCatalog.All(window).GroupBy(r => r.Section))
        {
            yield return section.Key;
            foreach ((_, Binding b) in section)
            {
                yield return StrengthQuest.Tui.Text.Bars.Fit($"  {b.KeyText,-14} {b.Help}", 78).TrimEnd();
            }
        }

        yield return "Arrows and j/k move (and scroll this help); Enter confirms; no mouse needed.";
    }

    private void Scroll(int step)
    {
        int visible = Math.Max(1, Viewport.Height);
        _top = Math.Clamp(_top + (step * Math.Max(1, visible / 2)), 0, Math.Max(0, _lines.Length - visible));
        Render();
    }

    private void Render() => _body.Show(_lines.Skip(_top));
}
