using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// The player's settings — the fields of <c>player set</c>: display name, time zone, day start,
/// training days, reminder time and notify address, saved together in one transaction.
/// </summary>
public sealed class SettingsScreen : FormScreen
{
    private const int Name = 0;
    private const int Zone = 1;
    private const int DayStart = 2;
    private const int Plan = 3;
    private const int Remind = 4;
    private const int NotifyTo = 5;

    private static readonly FormField[] Questions =
    [
        FormField.Name("Display name"),
        FormField.Zone("Time zone (e.g. America/New_York)"),
        FormField.DayStart($"Day starts at (hour 0-{Player.MaxDayStartHour})"),
        FormField.Plan("Training days (3, 4, 5, daily, mon,wed…)"),
        FormField.Remind("Reminder (HH:MM, or off)"),
        FormField.NotifyTo("Send reminders to (host's address)"),
    ];

    private readonly TrainingPlan _plan;
    private readonly Reminder _reminder;

    public SettingsScreen(GameSession session, GameWindow window)
        : base(
            session,
            window,
            "Travelling or moving? Change your zone or day start: sessions keep their day,\n"
            + "the day you are on never goes back, and days you skip bridge your streaks.\n"
            + "New training days count from your next game day.",
            Questions,
            42)
    {
        Add(new Label
        {
            X = 1,
            Y = BelowFields,
            Width = Dim.Fill(1),
            Height = 2,
            HotKeySpecifier = GameWindow.NoHotKey,
            Text = "Enter moves on and, on the last field, saves; Esc leaves without saving.\nTo unlink from your partner: u on the couple screen (p on the dashboard).",
        });
        Player me = session.Me;
        (_plan, _reminder) = session.Game.Training(me.Handle);
        Fields[Name].Text = me.Name;
        Fields[Zone].Text = me.TimeZoneId;
        Fields[DayStart].Text = me.DayStartHour.ToString(CultureInfo.InvariantCulture);
        Fields[Plan].Text = _plan.ToString();
        Fields[Remind].Text = _reminder.AtText ?? "off";
        Fields[NotifyTo].Text = _reminder.NotifyTo ?? "";
    }

    public override string Heading => $"Settings — {Session.View?.Me.Handle}";

    public static KeyTable<SettingsScreen> Table { get; } = new(
        "Settings",
        new KeyRow<SettingsScreen>("next", Key.Enter, "Next / save", "Next field; on the last one, save the settings", s => s.Next()) { Essential = true });

    public override IKeyTable Keys => Table;

    /// <summary>Only what differs from what is stored is changed, all of it in one transaction.</summary>
    protected override void Submit()
    {
        Player me = Session.Me;
        int dayStart = int.Parse(Value(DayStart), NumberStyles.None, CultureInfo.InvariantCulture);
        TrainingPlan? plan = TrainingPlan.Parse(Value(Plan), out _);
        Reminder.TryParseTime(Value(Remind).Length == 0 ? "off" : Value(Remind), out TimeOnly? at, out _);
        try
        {
            SettingsChange change = Session.ChangeSettings(new SettingsRequest(
                Value(Name) == me.Name ? null : Fields[Name].Text,
                Value(Zone) == me.TimeZoneId ? null : Value(Zone),
                dayStart == me.DayStartHour ? null : dayStart,
                plan == _plan ? null : plan,
                at == _reminder.At ? null : new Reminder(at, null),
                Value(NotifyTo) == (_reminder.NotifyTo ?? "") ? null : Value(NotifyTo)));
            Window.Home();
            Window.Show(new ReportScreen(Session, Window, "Settings saved", Cli.Text.SettingsText.Lines(change)));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
