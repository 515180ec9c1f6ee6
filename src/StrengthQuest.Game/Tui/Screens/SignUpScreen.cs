using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>A new key signs up: a handle unique on the host, a name, a zone, training days and, optionally, a partner's invite code.</summary>
public sealed class SignUpScreen : Screen
{
    private readonly GameWindow _window;
    private readonly TextField[] _fields;
    private readonly string[] _labels =
    [
        "Handle (a-z, 0-9, -)",
        "Display name",
        "Time zone",
        "Training days (3, 4, 5, daily)",
        "Have an invite code?",
    ];

    public SignUpScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(new Label
        {
            X = 1,
            Y = 0,
            Width = Dim.Fill(1),
            Height = 3,
            Text = $"Choose a handle others on this host do not have yet, and the days you train ({TrainingPlan.Recommended} is\nthe recommended start; weekdays like mon,wed,fri work too). Tab or Enter moves on.",
        });
        _fields = new TextField[_labels.Length];
        for (int i = 0; i < _labels.Length; i++)
        {
            int y = 4 + (i * 2);
            Add(new Label { X = 1, Y = y, Text = _labels[i] });
            _fields[i] = new TextField { X = 34, Y = y, Width = 36, Text = "" };
            Add(_fields[i]);
        }

        _fields[2].Text = TimeZones.MachineDefault();
        _fields[3].Text = TrainingPlan.Recommended;
        Add(new Label { X = 34, Y = 13, Text = "(optional: your partner's code)" });
    }

    public override string Heading => "Sign up — a new player";

    public override bool CapturesText => true;

    public IReadOnlyList<TextField> Fields => _fields;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("next", Key.Enter, "Next / sign up", "Next field; on the last one, sign up", Next),
        new("quit", Key.Q.WithCtrl, "Quit", "Leave without signing up", _window.Quit),
    ];

    public override void Refresh()
    {
    }

    public override void TakeFocus()
    {
        if (!_fields.Any(f => f.HasFocus))
        {
            _fields[0].SetFocus();
        }
    }

    private void Next()
    {
        int focused = Array.FindIndex(_fields, f => f.HasFocus);
        if (focused >= 0 && focused < _fields.Length - 1)
        {
            _fields[focused + 1].SetFocus();
            return;
        }

        SignUp();
    }

    private void SignUp()
    {
        string Value(int i) => _fields[i].Text.Trim();
        if (TrainingPlan.Parse(Value(3), out string? planProblem) is not { } plan)
        {
            _window.Say(planProblem ?? "Give the training days: 3, 4, 5, daily, or weekdays like mon,wed,fri.");
            return;
        }

        try
        {
            SignUpRequest request = new(new NewPlayer(Value(0), Value(1), Value(2)), plan, Value(4));
            Player me = Session.Game.SignUp(Session.Key!.Fingerprint, request, Session.Key.MaxPlayers);
            Session.Choose(me.Handle);
            _window.Home();
            _window.Show(new DashboardScreen(Session, _window), remember: false);
            _window.Say(Session.View?.Partner is { } partner
                ? $"Welcome! You and {Core.Text.SafeText.Strip(partner.Name)} are a couple. Press c to check in."
                : "Welcome! Press c to check in; p then i makes an invite code for your partner.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
