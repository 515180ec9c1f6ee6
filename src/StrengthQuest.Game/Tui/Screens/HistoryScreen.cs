using StrengthQuest.Services;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The last 12 months of both partners as a heatmap, a weekly XP chart, and the day picked.</summary>
public sealed class HistoryScreen : Screen
{
    private readonly ScreenText _body = new();
    private HistoryView? _full;
    private DateOnly _cursor;

    public HistoryScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "History — the last 12 months";

    public DateOnly PickedDay => _cursor;

    public static KeyTable<HistoryScreen> Table { get; } = new(
        "History",
        new KeyRow<HistoryScreen>("earlier", Key.CursorLeft, "Week back", "A week earlier", s => s.Move(-7)) { InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("later", Key.CursorRight, "Week on", "A week later", s => s.Move(+7)) { InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("day-before", Key.CursorUp, "Day before", "The day before", s => s.Move(-1)) { AlsoKeys = [Key.K], InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("day-after", Key.CursorDown, "Day after", "The day after", s => s.Move(+1)) { AlsoKeys = [Key.J], InStatusBar = static _ => false });

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        // A full replay: the heatmap needs every day, not just those after the cached snapshot.
        _full = Session.FullHistory();
        if (_cursor == default)
        {
            _cursor = _full.Today;
        }

        Render();
    }

    private void Render()
    {
        if (_full is null)
        {
            return;
        }

        _body.Show(HistoryText.Heatmap(_full, _cursor)
                .Append("")
                .Concat(HistoryText.WeeklyChart(_full, 26))
                .Append("")
                .Concat(HistoryText.Day(_full, _cursor, Session.Game.Catalog))
                .Append("←/→ a week, ↑/↓ (j/k) a day."));
    }

    private void Move(int days)
    {
        if (_full is null)
        {
            return;
        }

        DateOnly next = _cursor.AddDays(days);
        if (next >= HistoryText.FirstDay(_full.Today) && next <= _full.Today)
        {
            _cursor = next;
        }

        Render();
    }
}
