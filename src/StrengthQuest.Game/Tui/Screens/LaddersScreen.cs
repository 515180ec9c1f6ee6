using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>Every ladder: levels marked locked/open/current/cooling, progress to the next unlock, cues, safety, records.</summary>
public sealed class LaddersScreen : Screen
{
    private readonly ScreenText _list = new() { Width = 27 };
    private readonly ScreenText _details = new() { X = 29 };
    private int _selected;

    public LaddersScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _ = window;
        Add(_list, _details);
    }

    public override string Heading => "Ladders";

    public int Selected => _selected;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("down", Key.CursorDown, "Next", "Next ladder", () => Move(+1)) { AlsoKeys = [Key.J], InStatusBar = false },
        new("up", Key.CursorUp, "Previous", "Previous ladder", () => Move(-1)) { AlsoKeys = [Key.K], InStatusBar = false },
    ];

    public override void Refresh()
    {
        if (Session.View is not { } view)
        {
            return;
        }

        _list.Show(LaddersText.List(view.State.Me, _selected));
        _details.Show(LaddersText.Details(view.State.Me, view.State.Me.Ladders[_selected], Session.Game.Catalog));
    }

    private void Move(int step)
    {
        int count = Session.View?.State.Me.Ladders.Count ?? 1;
        _selected = (_selected + step + count) % count;
        Refresh();
    }
}
