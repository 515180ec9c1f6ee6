using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// First run: create yourself (handle, name, time zone, day start) and optionally your partner, linked
/// as a couple. Each field takes exactly what it asks for and says why it refuses anything else.
/// </summary>
public sealed class OnboardingScreen : Screen
{
    private const int PartnerHandle = 4;
    private readonly TextField[] _fields;
    private readonly OnboardingField[] _rules =
    [
        OnboardingField.YourHandle,
        OnboardingField.Name("Your display name"),
        OnboardingField.Zone,
        OnboardingField.DayStart,
        OnboardingField.PartnerHandle,
        OnboardingField.Name("Partner's display name"),
    ];

    public OnboardingScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(new Label
        {
            X = 1,
            Y = 0,
            Width = Dim.Fill(1),
            Height = 3,
            Text = "Welcome to StrengthQuest: knees-over-toes training as a daily game for two.\nCreate yourself, and your partner if you train together. Tab or Enter moves on.",
        });
        _fields = new TextField[_rules.Length];
        for (int i = 0; i < _rules.Length; i++)
        {
            int y = 4 + (i * 2) + (i >= PartnerHandle ? 1 : 0);
            OnboardingField rule = _rules[i];
            Add(new Label { X = 1, Y = y, Text = rule.Label });
            TextField field = new() { X = 34, Y = y, Width = 36, Text = "" };
            field.TextChanging += (_, change) =>
            {
                if (rule.Refuse(change.Result ?? "") is { } refused)
                {
                    change.Handled = true;
                    Window.Say(refused);
                }
            };
            _fields[i] = field;
            Add(field);
        }

        _fields[2].Text = TimeZones.MachineDefault();
        _fields[3].Text = session.Game.Catalog.Rules.DefaultDayStartHour.ToString(CultureInfo.InvariantCulture);
    }

    public override string Heading => "Welcome — first run";

    public override bool CapturesText => true;

    public IReadOnlyList<TextField> Fields => _fields;

    public static KeyTable<OnboardingScreen> Table { get; } = new(
        "Welcome (first run)",
        new KeyRow<OnboardingScreen>("next", Key.Enter, "Next / create", "Next field; on the last one, create the players", s => s.Next()) { Essential = true },
        new KeyRow<OnboardingScreen>("quit", Key.Q.WithCtrl, "Quit", "Leave without creating anyone", s => s.Window.Quit()) { Essential = true });

    public override IKeyTable Keys => Table;

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

    /// <summary>A paste goes into the field being filled in, whole or not at all.</summary>
    public override void HandlePaste(string text)
    {
        int focused = Array.FindIndex(_fields, f => f.HasFocus);
        if (focused < 0)
        {
            return;
        }

        string line = text.Split('\n', '\r')[0];
        if (_rules[focused].Refuse(_fields[focused].Text + line) is { } refused)
        {
            Window.Say(refused);
            return;
        }

        _fields[focused].InsertText(line);
    }

    private string Value(int i) => _fields[i].Text.Trim();

    /// <summary>Checks the field being left; on the last one (or an empty partner), creates the players.</summary>
    private void Next()
    {
        int focused = Array.FindIndex(_fields, f => f.HasFocus);
        if (focused >= 0 && _rules[focused].Check(Value(focused)) is { } problem)
        {
            Window.Say(problem);
            return;
        }

        bool last = focused == _fields.Length - 1 || (focused == PartnerHandle && Value(PartnerHandle).Length == 0);
        if (focused >= 0 && !last)
        {
            Window.Say("");
            _fields[focused + 1].SetFocus();
            return;
        }

        Create();
    }

    /// <summary>Every field checked again (Tab may have skipped one), then one transaction.</summary>
    private void Create()
    {
        bool partner = Value(PartnerHandle).Length > 0;
        for (int i = 0; i < _fields.Length; i++)
        {
            if ((partner || i <= PartnerHandle) && _rules[i].Check(Value(i)) is { } problem)
            {
                Window.Say(problem);
                _fields[i].SetFocus();
                return;
            }
        }

        int dayStart = int.Parse(Value(3), NumberStyles.None, CultureInfo.InvariantCulture);
        NewPlayer me = new(Value(0), Value(1), Value(2), dayStart);
        NewPlayer? partnerPlayer = partner ? new NewPlayer(Value(PartnerHandle), Value(5), Value(2), dayStart) : null;
        try
        {
            Session.Game.Onboard(me, partnerPlayer);
            Session.Choose(me.Handle);
            Window.Show(new DashboardScreen(Session, Window), remember: false);
            Window.Say(partnerPlayer is null ? "Welcome! Press c to check in." : "Welcome, both of you! Press c to check in.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
