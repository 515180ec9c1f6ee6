using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>Every key of every screen, generated from the same tables the screens and the status bar use.</summary>
public sealed class HelpScreen : Screen
{
    private readonly ScreenText _body = new();
    private readonly IKeyTable? _from;
    private string[] _lines = [];
    private int _top;

    public HelpScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        _from = window.Current?.Keys;
        Add(_body);
    }

    public override string Heading => "Help — every key";

    private const string KeyIndent = "  ";
    private const int KeyColumn = 14;

    /// <summary>Where a key's help starts; a help too long for the row goes on under it.</summary>
    private const int HelpColumn = 2 + KeyColumn + 1;

    public static KeyTable<HelpScreen> Table { get; } = new(
        "Help",
        new KeyRow<HelpScreen>("scroll-down", Key.CursorDown, "Scroll", "Scroll down", s => s.Scroll(+1)) { AlsoKeys = [Key.J, Key.PageDown], InStatusBar = static _ => false },
        new KeyRow<HelpScreen>("scroll-up", Key.CursorUp, "Scroll up", "Scroll up", s => s.Scroll(-1)) { AlsoKeys = [Key.K, Key.PageUp], InStatusBar = static _ => false });

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        int width = _body.Viewport.Width > 0 ? _body.Viewport.Width : Names.Width;
        // Wrapped here, so that each line scrolled is one row.
        _lines = [.. Lines(_from).SelectMany(line => TextWrap.Rows(line, width, line.StartsWith(KeyIndent, StringComparison.Ordinal) ? HelpColumn : null))];
        Render();
    }

    /// <summary>
    /// Every table under its section name: the screen help was opened from first, then the keys that
    /// work everywhere, then every other screen.
    /// </summary>
    public static IEnumerable<string> Lines(IKeyTable? first = null)
    {
        IEnumerable<IKeyTable> tables = HelpCatalog.Tables.OrderBy(t => t == first ? 0 : t == GameWindow.EverywhereKeys ? 1 : 2);
        foreach (IKeyTable table in tables)
        {
            yield return table.Section;
            if (table.Rows.Count == 0)
            {
                yield return "  No keys of its own: the ones that work everywhere.";
            }

            foreach (KeyRow row in table.Rows)
            {
                yield return $"{KeyIndent}{row.KeyText,-KeyColumn} {row.Help}";
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
