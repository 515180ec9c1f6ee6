using StrengthQuest.Services;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>The fair-rules cases a player meets on the screens.</summary>
public class FairRulesScreenTests
{
    private static TuiHarness AnnAndBob(string now)
    {
        TuiHarness tui = new(now);
        tui.Game.Onboard(new NewPlayer("ann", "Ann", "Pacific/Auckland", 4), new NewPlayer("bob", "Bob", "America/Los_Angeles", 4));
        return tui;
    }

    [Fact]
    public void A_check_in_opened_before_the_day_start_and_saved_after_it_keeps_the_day_it_was_started()
    {
        // 14:59 UTC is 03:59 on the 5th in Auckland: still Ann's game day the 4th.
        using TuiHarness tui = AnnAndBob("2026-11-04T14:59:00Z");
        tui.Game.CheckIn("ann", Seeds.Backfilled(new DateOnly(2026, 11, 2), "tibialis-raise=20,20"));
        tui.Game.CheckIn("ann", Seeds.Backfilled(new DateOnly(2026, 11, 3), "tibialis-raise=20,20"));
        tui.Open("ann");
        Assert.Contains("Streak 2 days", tui.Screen);

        tui.Press("check-in");
        Assert.IsType<CheckInScreen>(tui.Window.Current);
        tui.Press("record");
        tui.Press("record");

        // 80 seconds later it is 04:00:20: Ann's game day is now the 5th.
        tui.Clock.Advance(TimeSpan.FromSeconds(80));
        tui.Wait(1);
        Assert.Equal(new DateOnly(2026, 11, 5), tui.Game.Today(tui.Session.Me));
        tui.Type("1");
        tui.Press("record");
        tui.Press("finish");

        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.DoesNotContain("backfilled", tui.Screen);
        Assert.Contains("Streak: 3 days", tui.Screen);
        HistoryView history = tui.Game.LoadFullHistory("ann");
        Assert.Contains(history.History.Me.Sessions, s => s.Day == new DateOnly(2026, 11, 4) && !s.Backfilled);
        Assert.DoesNotContain(history.History.Me.Sessions, s => s.Day == new DateOnly(2026, 11, 5));
        Assert.Equal(3, tui.Game.Load("ann").State.Me.Streak.Current);
    }

    [Fact]
    public void Recent_check_ins_show_after_ten_days_away_however_much_the_cache_covers()
    {
        using TuiHarness tui = new("2026-11-08T12:00:00Z");
        Seeds.Couple(tui.Game);
        for (int back = 3; back >= 0; back--)
        {
            tui.Game.CheckIn("alex", Seeds.Backfilled(new DateOnly(2026, 11, 8).AddDays(-back), "tibialis-raise=20,20"));
        }

        // Ten days away: the next load keeps a snapshot that covers all four sessions.
        tui.Clock.Advance(TimeSpan.FromDays(10));
        tui.Game.Load("alex");
        tui.Open("alex");

        Assert.DoesNotContain("Nothing yet", tui.Screen);
        Assert.Equal(4, tui.Screen.Split('\n').Count(l => l.Contains("You trained 10 days ago", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_dashboard_moves_on_when_the_partners_day_ends_with_no_write()
    {
        using TuiHarness tui = AnnAndBob("2026-11-02T13:00:00Z");
        for (int day = 2; day <= 5; day++)
        {
            tui.Game.CheckIn("ann", Seeds.Entries("tibialis-raise=20,20"));
            tui.Game.CheckIn("bob", Seeds.Entries("tibialis-raise=20,20"));
            tui.Clock.Advance(TimeSpan.FromDays(1));
        }

        tui.Game.CheckIn("ann", Seeds.Entries("tibialis-raise=20,20"));
        tui.Clock.Advance(TimeSpan.FromHours(6)); // 19:00 UTC on the 6th: Ann's Saturday, Bob's Friday
        tui.Open("ann");
        Assert.Contains("Co-op with Bob: 4 days", tui.Screen);

        // Bob's Friday ends at noon UTC on the 7th without a check-in: a miss, shown without any write.
        tui.Clock.Advance(TimeSpan.FromHours(17.5));
        tui.Wait(1);
        Assert.DoesNotContain("Co-op with Bob: 4 days", tui.Screen);
        Assert.Contains("longest 4", tui.Screen);
    }
}
