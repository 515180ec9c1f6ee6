using StrengthQuest.Services;
using Terminal.Gui.Input;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Screens;

/// <summary>With several players on file and none named: pick who is playing.</summary>
public sealed class PickerScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();
    private IReadOnlyList<PlayerListing> _players = [];
    private int _selected;

    public PickerScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "Who is playing?";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("choose", Key.Enter, "Play", "Play as the player marked ▸", Choose),
        new("down", Key.CursorDown, "Next", "Next player", () => Move(+1)) { AlsoKeys = [Key.J], InStatusBar = false },
        new("up", Key.CursorUp, "Previous", "Previous player", () => Move(-1)) { AlsoKeys = [Key.K], InStatusBar = false },
    ];

    public override void Refresh()
    {
        _players = Session.Game.Players();
        _body.Show(new[] { "Choose a player with ↑/↓ and Enter:", "" }.Concat(
            _players.Select((p, i) => $"{(i == _selected ? "▸" : " ")} {p.Player.Handle,-24} {Strip(p.Player.Name)}{(p.Partner is null ? "" : $" · with {p.Partner}")}")));
    }

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
        _window.Show(new DashboardScreen(Session, _window), remember: false);
    }
}
