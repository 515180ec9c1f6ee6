using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

public class OnboardingTests
{
    /// <summary>Each field typed afresh, then Enter: the last one creates.</summary>
    private static void Fill(TuiHarness tui, params string[] typed)
    {
        OnboardingScreen onboarding = (OnboardingScreen)tui.Window.Current;
        for (int i = 0; i < typed.Length; i++)
        {
            onboarding.Fields[i].Text = "";
            tui.Type(typed[i]);
            tui.Press("next");
        }
    }

    [Fact]
    public void A_first_run_creates_both_partners_links_them_and_lands_on_the_dashboard()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Assert.IsType<OnboardingScreen>(tui.Window.Current);
        Assert.Contains("Welcome", tui.Screen);

        tui.Type("alex");
        tui.Press("next");
        tui.Type("Alex A");
        tui.Press("next");
        tui.Press("next"); // zone: the machine's
        tui.Press("next"); // day start: the default
        Assert.Contains("How many days a week do you train?", tui.Screen);
        Assert.Contains("Training days: 3 a week is the recommended start", tui.Screen);
        tui.Press("next"); // training days: the recommended 3
        tui.Type("sam");
        tui.Press("next");
        tui.Type("Sam B");
        tui.Press("next");
        Assert.IsType<OnboardingScreen>(tui.Window.Current);
        tui.Press("next");
        tui.Press("next");
        tui.Press("next");

        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Alex A", tui.Screen);
        Assert.Contains("Co-op with Sam B", tui.Screen);
        Assert.Equal(["alex", "sam"], tui.Game.Players().Select(p => p.Player.Handle));
        Assert.Equal("sam", tui.Game.Players()[0].Partner);
        // Left empty, the partner's zone and day start are yours.
        Assert.Equal(tui.Game.Players()[0].Player.TimeZoneId, tui.Game.Players()[1].Player.TimeZoneId);
        Assert.Equal(4, tui.Game.Players()[1].Player.DayStartHour);
        // The recommended three days a week, for both (the partner's left empty is yours).
        Assert.Equal("mon,wed,fri", tui.Game.Training("alex").Plan.ToString());
        Assert.Equal("mon,wed,fri", tui.Game.Training("sam").Plan.ToString());
    }

    [Fact]
    public void The_partner_gets_their_own_zone_and_day_start_and_hears_both_can_change_later()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Assert.Contains("can be changed later", tui.Screen);
        Fill(tui, "alex", "Alex", "Europe/Berlin", "4", "4", "sam", "Sam", "America/New_York", "6", "daily");

        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Services.PlayerListing sam = tui.Game.Players().Single(p => p.Player.Handle == "sam");
        Assert.Equal(("America/New_York", 6), (sam.Player.TimeZoneId, sam.Player.DayStartHour));
        Assert.Equal(("Europe/Berlin", 4), (tui.Game.Find("alex").TimeZoneId, tui.Game.Find("alex").DayStartHour));
        Assert.Equal("mon,tue,thu,fri", tui.Game.Training("alex").Plan.ToString());
        Assert.Equal("mon,tue,wed,thu,fri,sat,sun", tui.Game.Training("sam").Plan.ToString());
    }

    [Fact]
    public void Training_days_take_a_preset_or_weekdays_and_refuse_anything_else_with_the_choices()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Fill(tui, "alex", "Alex", "UTC", "4", "tue,sat");
        Assert.IsType<OnboardingScreen>(tui.Window.Current);
        OnboardingScreen onboarding = (OnboardingScreen)tui.Window.Current;
        onboarding.Fields[4].Text = "";
        onboarding.Fields[4].SetFocus();
        tui.Type("6");
        tui.Press("next");
        Assert.Contains("is not a training plan", tui.Window.Message);
        Assert.Contains("3, 4, 5 or daily", tui.Window.Message);
        tui.Type("!");
        Assert.Contains("Training days are 3, 4, 5, daily or weekdays like mon,wed,fri", tui.Window.Message);
        Assert.Empty(tui.Game.Players());

        onboarding.Fields[4].Text = "tue,sat";
        tui.Press("next");
        tui.Press("next"); // no partner: created
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Equal("tue,sat", tui.Game.Training("alex").Plan.ToString());
    }

    [Fact]
    public void A_bad_partner_zone_is_one_sentence_and_creates_nobody()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Fill(tui, "alex", "Alex", "UTC", "4", "3", "sam", "Sam", "Mars/Base");

        Assert.IsType<OnboardingScreen>(tui.Window.Current);
        Assert.Contains("\"Mars/Base\" is not a time zone known here", tui.Window.Message);
        Assert.Empty(tui.Game.Players());
    }
}
