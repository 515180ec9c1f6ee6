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
        tui.Press("next");
        tui.Press("next");
        tui.Type("sam");
        tui.Press("next");
        tui.Type("Sam B");
        tui.Press("next");
        Assert.IsType<OnboardingScreen>(tui.Window.Current);
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
    }

    [Fact]
    public void The_partner_gets_their_own_zone_and_day_start_and_hears_both_can_change_later()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Assert.Contains("can be changed later", tui.Screen);
        Fill(tui, "alex", "Alex", "Europe/Berlin", "4", "sam", "Sam", "America/New_York", "6");

        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Services.PlayerListing sam = tui.Game.Players().Single(p => p.Player.Handle == "sam");
        Assert.Equal(("America/New_York", 6), (sam.Player.TimeZoneId, sam.Player.DayStartHour));
        Assert.Equal(("Europe/Berlin", 4), (tui.Game.Find("alex").TimeZoneId, tui.Game.Find("alex").DayStartHour));
    }

    [Fact]
    public void A_bad_partner_day_start_is_one_sentence_and_creates_nobody()
    {
        using TuiHarness tui = new TuiHarness().Open();
        Fill(tui, "alex", "Alex", "UTC", "4", "sam", "Sam", "Mars/Base", "");

        Assert.IsType<OnboardingScreen>(tui.Window.Current);
        Assert.Contains("\"Mars/Base\" is not a time zone known here", tui.Window.Message);
        Assert.Empty(tui.Game.Players());
    }
}
