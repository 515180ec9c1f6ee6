using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>First run: create yourself (handle, name, time zone, day start) and optionally your partner, linked as a couple.</summary>
public sealed class OnboardingScreen : Screen
{
    private readonly GameWindow _window;
    private readonly TextField[] _fields;
    private readonly string[] _labels =
    [
        "Your handle (a-z, 0-9, -)",
        "Your display name",
        "Your time zone",
        $"Your day starts at (hour 0-{Core.Players.Player.MaxDayStartHour})",
        "Partner's handle (optional)",
        "Partner's display name",
        "Partner's time zone (empty: yours)",
        "Partner's day start (empty: yours)",
    ];

    public OnboardingScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(new Label
        {
            X = 1,
            Y = 0,
            Width = Dim.Fill(1),
            Height = 3,
            Text = "Welcome to StrengthQuest: knees-over-toes training as a daily game for two.\nCreate yourself, and your partner if you train together. Enter moves on.\nZones and day starts can be changed later: o on the dashboard.",
        });
        _fields = new TextField[_labels.Length];
        for (int i = 0; i < _labels.Length; i++)
        {
            int y = 4 + (i * 2);
            Add(new Label { X = 1, Y = y, Text = _labels[i] });
            _fields[i] = new TextField { X = 37, Y = y, Width = 36, Text = "" };
            Add(_fields[i]);
        }

        _fields[2].Text = TimeZones.MachineDefault();
        _fields[3].Text = session.Game.Catalog.Rules.DefaultDayStartHour.ToString(CultureInfo.InvariantCulture);
    }

    public override string Heading => "Welcome — first run";

    public override bool CapturesText => true;

    public IReadOnlyList<TextField> Fields => _fields;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("next", Key.Enter, "Next / create", "Next field; on the last one, create the players", Next),
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
        bool last = focused == _fields.Length - 1 || (focused == 4 && string.IsNullOrWhiteSpace(_fields[4].Text));
        if (focused >= 0 && !last)
        {
            _fields[focused + 1].SetFocus();
            return;
        }

        Create();
    }

    private void Create()
    {
        string Value(int i) => _fields[i].Text.Trim();
        if (!int.TryParse(Value(3), NumberStyles.None, CultureInfo.InvariantCulture, out int dayStart))
        {
            _window.Say($"The day-start hour is a whole number from 0 to {Core.Players.Player.MaxDayStartHour}.");
            return;
        }

        int partnerDayStart = dayStart;
        if (Value(7).Length > 0 && !int.TryParse(Value(7), NumberStyles.None, CultureInfo.InvariantCulture, out partnerDayStart))
        {
            _window.Say($"Your partner's day-start hour is a whole number from 0 to {Core.Players.Player.MaxDayStartHour}, or empty for yours.");
            return;
        }

        NewPlayer me = new(Value(0), Value(1), Value(2), dayStart);
        NewPlayer? partner = Value(4).Length == 0 ? null : new NewPlayer(Value(4), Value(5), Value(6).Length == 0 ? Value(2) : Value(6), partnerDayStart);
        try
        {
            Session.Game.Onboard(me, partner);
            Session.Choose(me.Handle);
            _window.Show(new DashboardScreen(Session, _window), remember: false);
            _window.Say(partner is null ? "Welcome! Press c to check in." : "Welcome, both of you! Press c to check in.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
