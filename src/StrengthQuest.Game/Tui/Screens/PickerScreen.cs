using StrengthQuest.Services;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Screens;

/// <summary>With several players on file and none named: pick who is playing.</summary>
public sealed class PickerScreen : Screen
{
    private readonly ScreenText _body = new();
    private IReadOnlyList<PlayerListing> _players = [];
    private int _selected;

    public PickerScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "Who is playing?";

    public static KeyTable<PickerScreen> Table { get; } = new(
        "Who is playing?",
        new KeyRow<PickerScreen>("choose", Key.Enter, "Play", "Play as the player marked ▸", s => s.Choose()),
        new KeyRow<PickerScreen>("down", Key.CursorDown, "Next", "Next player", s => s.Move(+1)) { AlsoKeys = [Key.J], InStatusBar = static _ => false },
        new KeyRow<PickerScreen>("up", Key.CursorUp, "Previous", "Previous player", s => s.Move(-1)) { AlsoKeys = [Key.K], InStatusBar = static _ => false });

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        _players = Session.Game.Players();
        _selected = Math.Clamp(_selected, 0, Math.Max(0, _players.Count - 1));
        // A page of players around the one marked, so it is always on screen.
        int first = Math.Max(0, _selected - (PageSize / 2));
        _body.Show(new[] { "Choose a player with ↑/↓ and Enter:", "" }.Concat(
            _players.Skip(first).Take(PageSize).Select((p, i) => Line(p, first + i == _selected))));
    }

    /// <summary>Rows for players in the smallest window: all but the heading, the prompt and the bottom lines.</summary>
    private const int PageSize = GameWindow.MinHeight - 6;

    private static string Line(PlayerListing p, bool marked) => Names.Fit(
        name => $"{(marked ? "▸" : " ")} {p.Player.Handle,-24} {name}{(p.Partner is null ? "" : $" · with {p.Partner}")}",
        Strip(p.Player.Name),
        Names.Width);

    private void Move(int step)
    {
        _selected = (_selected + step + _players.Count) % Math.Max(1, _players.Count);
        Refresh();
    }

    private void Choose()
    {
        if (_players.Count == 0)
        {
            return;
        }

        Session.Choose(_players[_selected].Player.Handle);
        Window.Show(new DashboardScreen(Session, Window), remember: false);
    }
}
