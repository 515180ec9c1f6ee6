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
        : base(session)
    {
        _ = window;
        Add(_body);
    }

    public override string Heading => "History — the last 12 months";

    public DateOnly PickedDay => _cursor;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("earlier", Key.CursorLeft, "Week back", "A week earlier", () => Move(-7)) { InStatusBar = false },
        new("later", Key.CursorRight, "Week on", "A week later", () => Move(+7)) { InStatusBar = false },
        new("day-before", Key.CursorUp, "Day before", "The day before", () => Move(-1)) { AlsoKeys = [Key.K], InStatusBar = false },
        new("day-after", Key.CursorDown, "Day after", "The day after", () => Move(+1)) { AlsoKeys = [Key.J], InStatusBar = false },
    ];

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
