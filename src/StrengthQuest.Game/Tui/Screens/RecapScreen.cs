using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The weekly recap: a week of both partners, one key from the dashboard (w); ← and → move a week.</summary>
public sealed class RecapScreen : Screen
{
    private readonly ScreenText _body = new();
    private WeeklyRecap? _recap;

    public RecapScreen(GameSession session, GameWindow window, WeeklyRecap? recap = null)
        : base(session)
    {
        _ = window;
        _recap = recap;
        Add(_body);
    }

    public override string Heading => $"Weekly recap — {_recap?.Week}";

    public WeeklyRecap? Recap => _recap;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("week-before", Key.CursorLeft, "Week before", "The week before", () => Move(-7)),
        new("week-after", Key.CursorRight, "Week after", "The week after (up to this one)", () => Move(+7)),
    ];

    public override void Refresh()
    {
        _recap ??= Session.Game.Recap(Session.Handle!);
        _body.Show(Cli.Text.RecapText.Lines(_recap, Session.Game.Catalog));
    }

    private void Move(int days)
    {
        if (_recap is null || Session.View is not { } view)
        {
            return;
        }

        DateOnly monday = _recap.Monday.AddDays(days);
        if (monday <= IsoWeeks.Monday(view.Today))
        {
            _recap = Session.Game.Recap(Session.Handle!, monday);
        }

        Refresh();
    }
}
