using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Tui;

/// <summary>Playing together: the partner's presence and nudges show on the dashboard.</summary>
public class LiveCoupleTests
{
    private static TuiHarness Couple()
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        return tui;
    }

    [Fact]
    public void The_dashboard_shows_when_the_partner_is_playing_right_now()
    {
        using TuiHarness tui = Couple().Open("alex");
        Assert.DoesNotContain("Sam is playing now", tui.Screen);

        // Sam's own session, in another process, says it is alive.
        using (Storage.Database.GameDatabase other = Storage.Database.GameDatabase.Open(tui.DatabasePath))
        {
            new Services.GameService(other, tui.Game.Catalog, tui.Clock).SeenNow("sam");
        }

        tui.Wait(1);
        Assert.Contains("Sam is playing now", tui.Screen);

        // Gone quiet for longer than a session's heartbeat: no longer shown, with no write needed.
        tui.Clock.Advance(TimeSpan.FromMinutes(2));
        tui.Wait(1);
        Assert.DoesNotContain("Sam is playing now", tui.Screen);
    }

    [Fact]
    public void A_nudge_is_one_key_and_shows_on_the_partners_dashboard()
    {
        using TuiHarness tui = Couple();
        tui.Game.Nudge("sam");
        tui.Open("alex");
        Assert.Contains("Sam nudged you: the co-op streak needs you today", tui.Screen);

        tui.Press("nudge");
        Assert.Equal("Nudged Sam.", tui.Window.Message);
        tui.Press("nudge");
        Assert.Contains("You nudged Sam less than an hour ago", tui.Window.Message);
        Assert.NotNull(tui.Game.Load("sam").Social.LatestNudge);
        Assert.Equal("alex", tui.Game.Load("sam").Social.LatestNudge!.From);
    }
}
