using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A new key signs up: a handle unique on the host, a name, a zone, training days and, optionally, a partner's invite code.</summary>
public sealed class SignUpScreen : FormScreen
{
    private const int Zone = 2;
    private const int Plan = 3;
    private const int InviteCode = 4;

    private static readonly FormField[] Questions =
    [
        FormField.YourHandle,
        FormField.Name("Display name"),
        FormField.Zone("Time zone"),
        FormField.Plan("How many days a week do you train?"),
        FormField.Code("Partner's invite code (optional)"),
    ];

    public SignUpScreen(GameSession session, GameWindow window)
        : base(
            session,
            window,
            "Choose a handle others on this host do not have yet, and the days you train:\n"
            + $"{TrainingPlan.Recommended} is the recommended start; 4, 5, daily or days like mon,wed,fri work too.\n"
            + "Enter moves on. All but the handle can be changed later: o on the dashboard.",
            Questions,
            41)
    {
        Fields[Zone].Text = TimeZones.MachineDefault();
        Fields[Plan].Text = TrainingPlan.Recommended;
    }

    public override string Heading => "Sign up — a new player";

    public static KeyTable<SignUpScreen> Table { get; } = new(
        "Sign up",
        new KeyRow<SignUpScreen>("next", Key.Enter, "Next / sign up", "Next field; on the last one, sign up", s => s.Next()) { Essential = true });

    public override IKeyTable Keys => Table;

    protected override void Submit()
    {
        TrainingPlan plan = TrainingPlan.Parse(Value(Plan), out _)!;
        try
        {
            SignUpRequest request = new(new NewPlayer(Value(0), Value(1), Value(Zone)), plan, Value(InviteCode));
            Player me = Session.Game.SignUp(Session.Key!.Fingerprint, request, Session.Key.MaxPlayers);
            Session.Choose(me.Handle);
            Window.Home();
            Window.Show(new DashboardScreen(Session, Window), remember: false);
            Window.Say(Session.View?.Partner is { } partner
                ? $"Welcome! You and {Core.Text.SafeText.Strip(partner.Name)} are a couple. Press c to check in."
                : "Welcome! Press c to check in; p then i makes an invite code for your partner.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
