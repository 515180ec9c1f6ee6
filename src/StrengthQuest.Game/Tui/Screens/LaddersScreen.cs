using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>Every ladder: levels marked locked/open/current/cooling, progress to the next unlock, cues, safety, records.</summary>
public sealed class LaddersScreen : Screen
{
    private readonly ScreenText _list = new() { Width = 27 };
    private readonly ScreenText _details = new() { X = 29 };
    private int _selected;

    public LaddersScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_list, _details);
    }

    public override string Heading => "Ladders";

    public int Selected => _selected;

    public static KeyTable<LaddersScreen> Table { get; } = new(
        "Ladders",
        new KeyRow<LaddersScreen>("down", Key.CursorDown, "Next", "Next ladder", s => s.Move(+1)) { AlsoKeys = [Key.J], InStatusBar = static _ => false },
        new KeyRow<LaddersScreen>("up", Key.CursorUp, "Previous", "Previous ladder", s => s.Move(-1)) { AlsoKeys = [Key.K], InStatusBar = static _ => false });

    public override IKeyTable Keys => Table;

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
