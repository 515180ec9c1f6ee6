using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>The player's settings: display name, time zone and day start — the fields of <c>player set</c>.</summary>
public sealed class SettingsScreen : FormScreen
{
    private static readonly string[] Labels =
    [
        "Display name",
        "Time zone (e.g. America/New_York)",
        $"Day starts at (hour 0-{Core.Players.Player.MaxDayStartHour})",
    ];

    private readonly GameWindow _window;

    public SettingsScreen(GameSession session, GameWindow window)
        : base(
            session,
            "Travelling or moving? Change your time zone or day start here: sessions keep their day,\nthe day you are on never goes back, and days you skip bridge your streaks.",
            Labels,
            38)
    {
        _window = window;
        Add(new Label
        {
            X = 1,
            Y = 11,
            Width = Dim.Fill(1),
            Height = 2,
            Text = "Enter moves on and, on the last field, saves; Esc leaves without saving.\nTo unlink from your partner: u on the couple screen (p on the dashboard).",
        });
        Core.Players.Player me = session.Me;
        Fields[0].Text = me.Name;
        Fields[1].Text = me.TimeZoneId;
        Fields[2].Text = me.DayStartHour.ToString(CultureInfo.InvariantCulture);
    }

    public override string Heading => $"Settings — {Session.View?.Me.Handle}";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("next", Key.Enter, "Next / save", "Next field; on the last one, save the settings", Next),
    ];

    protected override void Submit()
    {
        if (!int.TryParse(Value(2), NumberStyles.None, CultureInfo.InvariantCulture, out int dayStart))
        {
            _window.Say($"The day-start hour is a whole number from 0 to {Core.Players.Player.MaxDayStartHour}.");
            return;
        }

        Core.Players.Player me = Session.Me;
        try
        {
            PlayerChange change = Session.ChangeSettings(
                Value(0) == me.Name ? null : Fields[0].Text,
                Value(1) == me.TimeZoneId ? null : Value(1),
                dayStart == me.DayStartHour ? null : dayStart);
            _window.Home();
            _window.Show(new ReportScreen(Session, _window, "Settings saved", Cli.Text.SettingsText.Lines(change)));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
