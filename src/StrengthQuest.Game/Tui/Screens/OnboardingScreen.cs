using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>First run: create yourself (handle, name, time zone, day start) and optionally your partner, linked as a couple.</summary>
public sealed class OnboardingScreen : FormScreen
{
    private static readonly string[] Labels =
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

    private readonly GameWindow _window;

    public OnboardingScreen(GameSession session, GameWindow window)
        : base(
            session,
            "Welcome to StrengthQuest: knees-over-toes training as a daily game for two.\nCreate yourself, and your partner if you train together. Enter moves on.\nZones and day starts can be changed later: o on the dashboard.",
            Labels,
            37)
    {
        _window = window;
        Fields[2].Text = TimeZones.MachineDefault();
        Fields[3].Text = session.Game.Catalog.Rules.DefaultDayStartHour.ToString(CultureInfo.InvariantCulture);
    }

    public override string Heading => "Welcome — first run";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("next", Key.Enter, "Next / create", "Next field; on the last one, create the players", Next),
    ];

    /// <summary>With no partner's handle, Enter there creates just you.</summary>
    protected override bool IsLast(int focused) => base.IsLast(focused) || (focused == 4 && Value(4).Length == 0);

    protected override void Submit()
    {
        if (!int.TryParse(Value(3), NumberStyles.None, CultureInfo.InvariantCulture, out int dayStart))
        {
            _window.Say($"The day-start hour is a whole number from 0 to {Core.Players.Player.MaxDayStartHour}.");
            return;
        }

        int partnerDayStart = dayStart;
        if (Value(7).Length > 0 && !int.TryParse(Value(7), NumberStyles.None, CultureInfo.InvariantCulture, out partnerDayStart))
        {
            _window.Say($"Your partner's day start is an hour from 0 to {Core.Players.Player.MaxDayStartHour}, or empty for yours.");
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
