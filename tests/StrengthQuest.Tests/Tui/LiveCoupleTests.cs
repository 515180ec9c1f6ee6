using StrengthQuest.TestSupport;
using System.Diagnostics;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Social;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Tui;

/// <summary>Playing together: the partner's presence and nudges show on the dashboard; other couples cost nothing.</summary>
public class LiveCoupleTests
{
    private static TuiHarness Couple()
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        return tui;
    }

    [Fact]
    public void The_dashboard_shows_while_the_partners_game_is_open_and_not_once_it_is_left()
    {
        using TuiHarness tui = Couple().Open("alex");
        Assert.DoesNotContain("Sam is playing now", tui.Screen);

        // Sam's game, on another connection, enters and later leaves: one write each, nothing between.
        using GameDatabase other = GameDatabase.Open(tui.DatabasePath);
        GameService sams = new(other, tui.Game.Catalog, tui.Clock);
        sams.Entered("sam");
        tui.Wait(1);
        Assert.Contains("Sam is playing now", tui.Screen);

        tui.Clock.Advance(TimeSpan.FromHours(3));
        tui.Wait(1);
        Assert.Contains("Sam is playing now", tui.Screen);

        sams.Left("sam");
        tui.Wait(1);
        Assert.DoesNotContain("Sam is playing now", tui.Screen);
    }

    [Fact]
    public void A_partners_game_that_dies_without_leaving_stops_showing_with_nothing_written()
    {
        using TuiHarness tui = Couple().Open("alex");
        using Process sams = Process.Start("sleep", "60")!;
        GameProcess? game = null;
        Poll.Until(() => (game = GameProcess.Of(sams.Id)) is not null, () => "the stand-in for Sam's game did not start");
        using GameDatabase other = GameDatabase.Open(tui.DatabasePath);
        other.Write(s =>
        {
            s.Social.Enter(s.Players.Find("sam")!, game!, tui.Clock.GetUtcNow());
            return 0;
        });
        tui.Wait(1);
        Assert.Contains("Sam is playing now", tui.Screen);
        long version = other.DataVersion();

        sams.Kill();
        sams.WaitForExit();
        tui.Wait(1);

        Assert.DoesNotContain("Sam is playing now", tui.Screen);
        Assert.Equal(version, other.DataVersion());
    }

    [Fact]
    public void Another_couples_writes_never_reload_an_open_game_and_the_partners_always_do()
    {
        using TuiHarness tui = Couple();
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        tui.Game.AddPlayer("lee", "Lee", "UTC", 4);
        tui.Game.Link("kim", "lee");
        tui.Open("alex");
        using GameDatabase other = GameDatabase.Open(tui.DatabasePath);
        GameService host = new(other, tui.Game.Catalog, tui.Clock);
        int draws = 0;
        tui.Window.DrawComplete += (_, _) => draws++;
        CoupleView seen = tui.Session.View!;

        host.Entered("kim");
        host.Nudge("lee");
        host.CheckIn("kim", new CheckInRequest([Core.History.EntrySpec.Parse("calf-raise=20,20", out _)!]));
        host.Left("kim");
        tui.Wait(3);

        Assert.Same(seen, tui.Session.View);
        Assert.Equal(0, draws);

        host.Nudge("sam");
        tui.Wait(1);
        Assert.NotSame(seen, tui.Session.View);
        Assert.Contains("Sam nudged you", tui.Screen);
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
