using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

public class OnboardingTests
{
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

        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Alex A", tui.Screen);
        Assert.Contains("Co-op with Sam B", tui.Screen);
        Assert.Equal(["alex", "sam"], tui.Game.Players().Select(p => p.Player.Handle));
        Assert.Equal("sam", tui.Game.Players()[0].Partner);
    }
}
