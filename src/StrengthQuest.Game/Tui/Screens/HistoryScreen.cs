using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// The last 12 months of both partners as a heatmap, a weekly XP chart, and the day picked; a
/// session of mine on a day still in the backfill window can be corrected (e) or deleted (d).
/// </summary>
public sealed class HistoryScreen : Screen
{
    private readonly ScreenText _body = new();
    private HistoryView? _full;
    private DateOnly _cursor;
    private int _selected;

    public HistoryScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "History — the last 12 months";

    public DateOnly PickedDay => _cursor;

    public static KeyTable<HistoryScreen> Table { get; } = new(
        "History",
        new KeyRow<HistoryScreen>("edit", Key.E, "Edit", "Correct your session of the picked day", s => s.Edit()) { DisabledReason = s => s.Uncorrectable(forEdit: true) },
        new KeyRow<HistoryScreen>("delete", Key.D, "Delete", "Delete your session of the picked day (asks first)", s => s.AskDelete()) { DisabledReason = s => s.Uncorrectable(forEdit: false) },
        new KeyRow<HistoryScreen>("next-session", Key.S, "Next session", "The next of your sessions on the picked day", s => s.Select(+1)) { InStatusBar = s => s.Mine.Count > 1 },
        new KeyRow<HistoryScreen>("earlier", Key.CursorLeft, "Week back", "A week earlier", s => s.Move(-7)) { InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("later", Key.CursorRight, "Week on", "A week later", s => s.Move(+7)) { InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("day-before", Key.CursorUp, "Day before", "The day before", s => s.Move(-1)) { AlsoKeys = [Key.K], InStatusBar = static _ => false },
        new KeyRow<HistoryScreen>("day-after", Key.CursorDown, "Day after", "The day after", s => s.Move(+1)) { AlsoKeys = [Key.J], InStatusBar = static _ => false });

    public override IKeyTable Keys => Table;

    /// <summary>My sessions on the picked day.</summary>
    private IReadOnlyList<Session> Mine => _full is null ? [] : [.. _full.History.Me.Sessions.Where(s => s.Day == _cursor)];

    /// <summary>The session e and d act on.</summary>
    public Session? Selected => Mine is { Count: > 0 } mine ? mine[Math.Min(_selected, mine.Count - 1)] : null;

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
                .Concat(HistoryText.Day(_full, _cursor, Session.Game.Catalog, Selected?.Uid))
                .Append("←/→ a week, ↑/↓ (j/k) a day; e corrects, d deletes your session of the day."));
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
            _selected = 0;
        }

        Render();
    }

    private void Select(int step)
    {
        int count = Mine.Count;
        _selected = count == 0 ? 0 : (_selected + step + count) % count;
        Render();
    }

    private string? Uncorrectable(bool forEdit)
    {
        if (_full is null || Selected is not { } session)
        {
            return $"You have no session on {_cursor:ddd d MMM}.";
        }

        if (BackfillWindow.CorrectionProblem(session.Day, _full.Today, Session.Game.Catalog.Rules.BackfillDays) is { } settled)
        {
            return settled;
        }

        return forEdit && Session.HasDraft ? "Finish or discard your check-in in progress first (Enter on the dashboard takes it up)." : null;
    }

    private void Edit()
    {
        if (Selected is not { } session)
        {
            return;
        }

        Window.Show(session.IsRest ? RestScreen.Edit(Session, Window, session) : CheckInScreen.Edit(Session, Window, session));
    }

    private void AskDelete()
    {
        if (Selected is not { } session)
        {
            return;
        }

        string what = session.IsRest ? $"pain-rest day (pain {session.RestPain})" : $"check-in ({Cli.Text.Humane.Count(session.Entries.Count, "exercise")})";
        Window.Ask(new Prompt(
            $"Delete your {what} of {session.Day:ddd d MMM}? What it earned goes with it.",
            "Yes, delete",
            "No, keep it",
            () => Delete(session)));
    }

    private void Delete(Session session)
    {
        try
        {
            CorrectionSummary deleted = Session.Delete(session.Uid);
            Window.Home();
            Window.Show(new ReportScreen(Session, Window, "Session deleted", Cli.Text.CorrectionText.Lines(deleted, Session.Game)));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
