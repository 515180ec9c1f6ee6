using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The couples' board: this week's ranking of the host's couples that opted in, and joining or leaving it.</summary>
public sealed class BoardScreen : Screen
{
    private readonly ScreenText _body = new();
    private BoardView? _view;

    public BoardScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "The couples' board — this week";

    public static KeyTable<BoardScreen> Table { get; } = new(
        "The couples' board",
        new KeyRow<BoardScreen>("board-join", Key.J, "Join", "Agree to put your couple on the board (it shows once both of you agree)", s => s.Change(join: true))
        {
            DisabledReason = s => s._view is { PartnerName: null } ? BoardText.Standing(s._view) : s._view is { Mine: not null } or { IAgreed: true } ? "You agreed already." : null,
        },
        new KeyRow<BoardScreen>("board-leave", Key.X, "Leave", "Take your couple off the board (either of you may)", s => s.Change(join: false))
        {
            DisabledReason = s => s._view is { Mine: null, IAgreed: false, PartnerAgreed: false } ? "Your couple is not on the board." : null,
        });

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        _view = Session.Game.Board(Session.Handle!);
        _body.Show(BoardText.Lines(_view));
    }

    private void Change(bool join)
    {
        try
        {
            string said = join ? BoardText.Joined(Session.Game.JoinBoard(Session.Handle!), Session.Game.Board(Session.Handle!)) : BoardText.Left(Session.Game.LeaveBoard(Session.Handle!));
            Refresh();
            Window.RefreshScreen();
            Window.Say(said);
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
