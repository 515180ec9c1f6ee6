using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>The player's settings: display name, time zone and day start — the fields of <c>player set</c>.</summary>
public sealed class SettingsScreen : Screen
{
    private readonly GameWindow _window;
    private readonly TextField[] _fields;
    private readonly string[] _labels =
    [
        "Display name",
        "Time zone (e.g. America/New_York)",
        $"Day starts at (hour 0-{Core.Players.Player.MaxDayStartHour})",
    ];

    public SettingsScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(new Label
        {
            X = 1,
            Y = 0,
            Width = Dim.Fill(1),
            Height = 3,
            Text = "Travelling or moving? Change your time zone or day start here: sessions keep their day,\nthe day you are on never goes back, and days you skip bridge your streaks.",
        });
        _fields = new TextField[_labels.Length];
        for (int i = 0; i < _labels.Length; i++)
        {
            Add(new Label { X = 1, Y = 4 + (i * 2), Text = _labels[i] });
            _fields[i] = new TextField { X = 38, Y = 4 + (i * 2), Width = 36, Text = "" };
            Add(_fields[i]);
        }

        Add(new Label
        {
            X = 1,
            Y = 11,
            Width = Dim.Fill(1),
            Height = 2,
            Text = "Enter moves on and, on the last field, saves; Esc leaves without saving.\nTo unlink from your partner: u on the couple screen (p on the dashboard).",
        });
        Core.Players.Player me = session.Me;
        _fields[0].Text = me.Name;
        _fields[1].Text = me.TimeZoneId;
        _fields[2].Text = me.DayStartHour.ToString(CultureInfo.InvariantCulture);
    }

    public override string Heading => $"Settings — {Session.View?.Me.Handle}";

    public override bool CapturesText => true;

    public IReadOnlyList<TextField> Fields => _fields;

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("next", Key.Enter, "Next / save", "Next field; on the last one, save the settings", Next),
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

        Save();
    }

    private void Save()
    {
        string Value(int i) => _fields[i].Text.Trim();
        if (!int.TryParse(Value(2), NumberStyles.None, CultureInfo.InvariantCulture, out int dayStart))
        {
            _window.Say($"The day-start hour is a whole number from 0 to {Core.Players.Player.MaxDayStartHour}.");
            return;
        }

        Core.Players.Player me = Session.Me;
        try
        {
            PlayerChange change = Session.ChangeSettings(
                Value(0) == me.Name ? null : _fields[0].Text,
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
