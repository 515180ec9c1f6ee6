using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The couples' board: this week's ranking of the host's couples that opted in, and joining or leaving it.</summary>
public sealed class BoardScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();
    private BoardView? _view;

    public BoardScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "The couples' board — this week";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("board-join", Key.J, "Join", "Agree to put your couple on the board (it shows once both of you agree)", () => Change(join: true))
        {
            DisabledReason = () => _view is { PartnerName: null } ? BoardText.Standing(_view) : _view is { Mine: not null } or { IAgreed: true } ? "You agreed already." : null,
        },
        new("board-leave", Key.X, "Leave", "Take your couple off the board (either of you may)", () => Change(join: false))
        {
            DisabledReason = () => _view is { Mine: null, IAgreed: false, PartnerAgreed: false } ? "Your couple is not on the board." : null,
        },
    ];

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
            _window.RefreshScreen();
            _window.Say(said);
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
