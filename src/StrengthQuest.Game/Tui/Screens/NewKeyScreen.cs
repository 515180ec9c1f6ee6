using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A key new to this host: sign up as a new player, or add this key to the player you already are.</summary>
public sealed class NewKeyScreen : Screen
{
    private readonly ScreenText _body = new();

    public NewKeyScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "Welcome to StrengthQuest";

    public static KeyTable<NewKeyScreen> Table { get; } = new(
        "A key new here",
        new KeyRow<NewKeyScreen>("sign-up", Key.N, "I'm new", "Sign up: choose a handle, your name, zone and training days", s => s.Window.Show(new SignUpScreen(s.Session, s.Window)))
        {
            DisabledReason = s => s.Session.Game.SignUpClosed(s.Session.Key?.MaxPlayers),
        },
        new KeyRow<NewKeyScreen>("device", Key.A, "I already play", "Add this key to your player with a code from keys code", s => s.AddDevice()));

    public override IKeyTable Keys => Table;

    public override void Refresh() =>
        _body.Show(SignUpText.Welcome(Session.Key!.Fingerprint, Session.Game.SignUpClosed(Session.Key.MaxPlayers)));

    private void AddDevice() => Window.Show(new CodeScreen(Session, Window, CodeScreen.Device));
}
