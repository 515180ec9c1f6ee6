using StrengthQuest.Core;
using StrengthQuest.Core.Game;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>What a check-in earned: XP with its breakdown, level-ups, unlocks, records, achievements, pain advice; u takes it back.</summary>
public sealed class SummaryScreen : Screen
{
    private readonly CheckInSummary _summary;
    private readonly ScreenText _body = new();

    public SummaryScreen(GameSession session, GameWindow window, CheckInSummary summary)
        : base(session, window)
    {
        _summary = summary;
        Add(_body);
    }

    public override string Heading => "Check-in saved";

    public static KeyTable<SummaryScreen> Table { get; } = new(
        "Check-in saved",
        new KeyRow<SummaryScreen>("done", Key.Enter, "Dashboard", "Back to the dashboard", s => s.Window.Home()),
        new KeyRow<SummaryScreen>("undo", Key.U, "Undo", "Undo this check-in and what it earned (asks first)", s => s.AskUndo()));

    public override IKeyTable Keys => Table;

    public override void Refresh() =>
        _body.Show(Cli.Text.CheckInText.Lines(_summary, Session.Game).Select(Core.Text.SafeText.Strip));

    private void AskUndo() => Window.Ask(new Prompt(
        "Undo this check-in? It is deleted, and what it earned goes with it.",
        "Yes, undo",
        "No, keep it",
        Undo));

    private void Undo()
    {
        try
        {
            CorrectionSummary undone = Session.Delete(_summary.Session.Uid);
            Window.Home();
            Window.Show(new ReportScreen(Session, Window, "Check-in undone", Cli.Text.CorrectionText.Lines(undone, Session.Game)));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
