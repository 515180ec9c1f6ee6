using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Screens;

/// <summary>One code typed in: a device code (a new key joins its player) or a partner's invite code (the couple forms).</summary>
public sealed class CodeScreen : Screen
{
    public const bool Device = true;
    public const bool Invite = false;

    private readonly GameWindow _window;
    private readonly bool _device;
    private readonly ScreenText _body = new() { Height = 4 };
    private readonly TextField _code = new() { X = 16, Y = 5, Width = 20, Text = "" };

    public CodeScreen(GameSession session, GameWindow window, bool device)
        : base(session)
    {
        _window = window;
        _device = device;
        Add(_body, new Label { X = 1, Y = 5, Text = device ? "Device code" : "Invite code" }, _code);
    }

    public override string Heading => _device ? "I already play — add this key" : "Join your partner";

    public override bool CapturesText => true;

    public TextField Field => _code;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("enter-code", Key.Enter, "Enter", _device ? "Add this key to the player whose code it is" : "Become a couple with the player whose code it is", Submit),
        new("quit", Key.Q.WithCtrl, "Quit", "Leave the game", _window.Quit),
    ];

    public override void Refresh() => _body.Show(SignUpText.Code(_device));

    public override void TakeFocus() => _code.SetFocus();

    private void Submit()
    {
        try
        {
            if (_device)
            {
                Player me = Session.Game.AddDevice(Session.Key!.Fingerprint, _code.Text);
                Session.Choose(me.Handle);
                _window.Home();
                _window.Show(new DashboardScreen(Session, _window), remember: false);
                _window.Say($"This key now plays as {Strip(me.Name)} ({me.Handle}).");
            }
            else
            {
                Player partner = Session.Game.Join(Session.Handle!, _code.Text);
                Session.Reload();
                _window.Back();
                _window.Say($"You and {Strip(partner.Name)} are a couple now.");
            }
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
