using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A key new to this host: sign up as a new player, or add this key to the player you already are.</summary>
public sealed class NewKeyScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();

    public NewKeyScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "Welcome to StrengthQuest";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("sign-up", Key.N, "I'm new", "Sign up: choose a handle, your name, zone and training days", () => _window.Show(new SignUpScreen(Session, _window)))
        {
            DisabledReason = () => Session.Game.SignUpClosed(Session.Key?.MaxPlayers),
        },
        new("device", Key.A, "I already play", "Add this key to your player with a code from keys code", AddDevice),
    ];

    public override void Refresh() =>
        _body.Show(SignUpText.Welcome(Session.Key!.Fingerprint, Session.Game.SignUpClosed(Session.Key.MaxPlayers)));

    private void AddDevice() => _window.Show(new CodeScreen(Session, _window, CodeScreen.Device));
}
