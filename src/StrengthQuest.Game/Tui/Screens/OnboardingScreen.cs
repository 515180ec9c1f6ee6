using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// First run: create yourself (handle, name, time zone, day start, training days) and optionally your
/// partner (their own zone, day start and training days, each yours when left empty), linked as a
/// couple in one transaction.
/// </summary>
public sealed class OnboardingScreen : FormScreen
{
    private const int YourZone = 2;
    private const int YourDayStart = 3;
    private const int YourPlan = 4;
    private const int PartnerHandle = 5;

    private static readonly FormField[] Questions =
    [
        FormField.YourHandle,
        FormField.Name("Your display name"),
        FormField.Zone("Your time zone"),
        FormField.DayStart($"Your day starts at (hour 0-{Player.MaxDayStartHour})"),
        FormField.Plan("How many days a week do you train?"),
        FormField.PartnerHandle,
        FormField.Name("Partner's display name"),
        FormField.Zone("Partner's time zone (empty: yours)", optional: true),
        FormField.DayStart("Partner's day start (empty: yours)", optional: true),
        FormField.Plan("Partner's training days (empty: yours)", optional: true),
    ];

    public OnboardingScreen(GameSession session, GameWindow window)
        : base(
            session,
            window,
            "Welcome to StrengthQuest: knees-over-toes training as a game for two.\n"
            + "Create yourself, and your partner if you train together. Enter moves on.\n"
            + $"Training days: {TrainingPlan.Recommended} a week is the recommended start; 4, 5, daily or mon,wed,fri\n"
            + "Zones, day starts and training days can be changed later: o on the dashboard.",
            Questions,
            41,
            gapBefore: PartnerHandle)
    {
        Fields[YourZone].Text = TimeZones.MachineDefault();
        Fields[YourDayStart].Text = session.Game.Catalog.Rules.DefaultDayStartHour.ToString(CultureInfo.InvariantCulture);
        Fields[YourPlan].Text = TrainingPlan.Recommended;
    }

    public override string Heading => "Welcome — first run";

    public static KeyTable<OnboardingScreen> Table { get; } = new(
        "Welcome (first run)",
        new KeyRow<OnboardingScreen>("next", Key.Enter, "Next / create", "Next field; on the last one, create the players", s => s.Next()) { Essential = true });

    public override IKeyTable Keys => Table;

    /// <summary>With no partner's handle, Enter there creates just you.</summary>
    protected override bool IsLast(int focused) => base.IsLast(focused) || (focused == PartnerHandle && Value(PartnerHandle).Length == 0);

    protected override bool InUse(int i) => i <= PartnerHandle || Value(PartnerHandle).Length > 0;

    protected override void Submit()
    {
        int dayStart = int.Parse(Value(YourDayStart), NumberStyles.None, CultureInfo.InvariantCulture);
        TrainingPlan plan = TrainingPlan.Parse(Value(YourPlan), out _)!;
        NewPlayer me = new(Value(0), Value(1), Value(YourZone), dayStart) { Plan = plan };
        NewPlayer? partner = null;
        if (Value(PartnerHandle).Length > 0)
        {
            partner = new NewPlayer(
                Value(PartnerHandle),
                Value(PartnerHandle + 1),
                Value(PartnerHandle + 2).Length == 0 ? me.TimeZone : Value(PartnerHandle + 2),
                Value(PartnerHandle + 3).Length == 0 ? dayStart : int.Parse(Value(PartnerHandle + 3), NumberStyles.None, CultureInfo.InvariantCulture))
            {
                Plan = Value(PartnerHandle + 4).Length == 0 ? plan : TrainingPlan.Parse(Value(PartnerHandle + 4), out _),
            };
        }

        try
        {
            Session.Game.Onboard(me, partner);
            Session.Choose(me.Handle);
            Window.Show(new DashboardScreen(Session, Window), remember: false);
            Window.Say(partner is null ? "Welcome! Press c to check in." : "Welcome, both of you! Press c to check in.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
