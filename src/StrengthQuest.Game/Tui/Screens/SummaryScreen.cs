using StrengthQuest.Core;
using StrengthQuest.Core.Game;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>What a check-in earned: XP with its breakdown, level-ups, unlocks, records, achievements, pain advice; u takes it back.</summary>
public sealed class SummaryScreen : Screen
{
    private readonly GameWindow _window;
    private readonly CheckInSummary _summary;
    private readonly ScreenText _body = new();

    public SummaryScreen(GameSession session, GameWindow window, CheckInSummary summary)
        : base(session)
    {
        _window = window;
        _summary = summary;
        Add(_body);
    }

    public override string Heading => "Check-in saved";

    public override IReadOnlyList<Binding> Bindings => Keys(_window.Home, AskUndo);

    /// <summary>The summary's keys (the help screen lists them without a check-in to show).</summary>
    public static IReadOnlyList<Binding> Keys(Action done, Action undo) =>
    [
        new("done", Key.Enter, "Dashboard", "Back to the dashboard", done),
        new("undo", Key.U, "Undo", "Undo this check-in and what it earned (asks first)", undo),
    ];

    public override void Refresh() =>
        _body.Show(Cli.Text.CheckInText.Lines(_summary, Session.Game).Select(Core.Text.SafeText.Strip));

    private void AskUndo() => _window.Ask(new Prompt(
        "Undo this check-in? It is deleted, and what it earned goes with it.",
        "Yes, undo",
        "No, keep it",
        Undo));

    private void Undo()
    {
        try
        {
            CorrectionSummary undone = Session.Delete(_summary.Session.Uid);
            _window.Home();
            _window.Show(new ReportScreen(Session, _window, "Check-in undone", Cli.Text.CorrectionText.Lines(undone, Session.Game)));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
