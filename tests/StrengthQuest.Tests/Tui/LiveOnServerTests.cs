using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Tui;

/// <summary>
/// A game on PostgreSQL learns of its couple's changes by LISTEN/NOTIFY: woken at once by a check-in
/// made through another host (another GameDatabase, as another SSH front end has), and idle it asks
/// the server nothing.
/// </summary>
public class LiveOnServerTests
{
    private static (TuiHarness Tui, GameDatabase HostB, GameService ThroughB) TwoHosts(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        TuiHarness tui = TuiHarness.Couple(engine: engine);
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        tui.Game.AddPlayer("lee", "Lee", "UTC", 4);
        tui.Game.Link("kim", "lee");
        GameDatabase hostB = GameDatabase.Open(tui.DatabasePath);
        return (tui, hostB, new GameService(hostB, tui.Game.Catalog, tui.Clock));
    }

    [Theory, OnPostgres]
    public void A_check_in_through_another_host_shows_within_two_seconds_with_no_timer_run(Engine engine)
    {
        (TuiHarness tui, GameDatabase hostB, GameService throughB) = TwoHosts(engine);
        using TuiHarness _ = tui;
        using GameDatabase __ = hostB;
        Assert.DoesNotContain("Sam trained", tui.Screen);
        DateTime uiTime = tui.UiTime.Now;

        throughB.CheckIn("kim", Seeds.Entries("calf-raise=20,20"));
        throughB.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
        TimeSpan took = tui.Until("Sam trained");

        // No UI time passed: the game's one-second tick never ran; the notification woke it.
        Assert.Equal(uiTime, tui.UiTime.Now);
        Assert.True(took < TimeSpan.FromSeconds(2), $"took {took}");
    }

    [Theory, OnPostgres]
    public void Idle_a_game_asks_the_server_nothing_and_hears_its_couple_among_other_couples_writes(Engine engine)
    {
        (TuiHarness tui, GameDatabase hostB, GameService throughB) = TwoHosts(engine);
        using TuiHarness _ = tui;
        using GameDatabase __ = hostB;
        string database = PostgresCluster.DatabaseName(tui.DatabasePath);
        // When any of the game's connections (pooled or listening) last sent the server something.
        string LastAsked() => Sqlite.Scalar<string>(tui.DatabasePath, $"SELECT max(query_start)::text FROM pg_stat_activity WHERE datname = '{database}' AND application_name = 'strengthquest'");
        CoupleView seen = tui.Session.View!;

        string before = LastAsked();
        tui.Wait(10);
        Assert.Equal(before, LastAsked());

        throughB.Nudge("kim");
        throughB.CheckIn("kim", Seeds.Entries("calf-raise=20,20"));
        throughB.Nudge("sam");
        // Only the server's NOTIFY can wake it (UI time stands still and nothing polls); how soon
        // is the test above's (≤ 2 s). Here the deadline is slack for a loaded CI machine.
        tui.Until("Sam nudged you", 10);
        Assert.NotSame(seen, tui.Session.View);
        seen = tui.Session.View!;

        throughB.CheckIn("kim", Seeds.Entries("calf-raise=20,20"));
        throughB.Entered("sam");
        tui.Until("Sam is playing now", 10);
        Assert.NotSame(seen, tui.Session.View);
    }
}
