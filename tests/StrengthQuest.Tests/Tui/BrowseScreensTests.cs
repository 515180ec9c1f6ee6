using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;
using StrengthQuest.Tui.Text;

namespace StrengthQuest.Tests.Tui;

/// <summary>The screens to look around: ladders, history and the couple.</summary>
public class BrowseScreensTests
{
    /// <summary>Alex and Sam train on the 22nd–24th; Alex unlocks tibialis level 2, and hurts on calf raises.</summary>
    private static TuiHarness History()
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        for (int back = 2; back >= 0; back--)
        {
            DateOnly day = new DateOnly(2026, 11, 24).AddDays(-back);
            tui.Game.CheckIn("alex", Seeds.Backfilled(day, "tibialis-raise:1=20,20"));
            if (back != 1)
            {
                tui.Game.CheckIn("sam", Seeds.Backfilled(day, "calf-raise=20,20"));
            }
        }

        tui.Game.CheckIn("alex", Seeds.Entries("calf-raise=20,20/7", "tibialis-raise:2=25,25@5"));
        return tui.Open("alex");
    }

    [Fact]
    public void Ladders_mark_each_level_and_show_progress_cues_safety_and_records()
    {
        using TuiHarness tui = History();
        tui.Press("ladders");
        LaddersScreen ladders = Assert.IsType<LaddersScreen>(tui.Window.Current);
        Assert.Contains("Backward walk", tui.Screen);
        Assert.Contains("L-sit", tui.Screen);
        Assert.Contains("L1 current", tui.Screen);

        tui.Press("down");
        Assert.Equal(1, ladders.Selected);
        Assert.Contains("Tibialis raise · shin", tui.Screen);
        Assert.Contains("L1 open", tui.Screen);
        Assert.Contains("L2 current", tui.Screen);
        Assert.Contains("L3 locked", tui.Screen);
        Assert.Contains("best 25 5kg", tui.Screen);
        Assert.Contains("1 of 3 qualifying sessions at level 2", tui.Screen);

        tui.Press("down");
        Assert.Contains("cool", tui.Screen);
        Assert.Contains("Cooling down: nothing unlocks until 2 pain-free", tui.Screen);

        for (int i = 0; i < 7; i++)
        {
            tui.Press("down");
        }

        Assert.Contains("Nordic curl", tui.Screen);
        Assert.Contains("! Pad the knees and ramp up slowly.", tui.Screen);
    }

    [Fact]
    public void History_shows_twelve_months_with_coop_days_a_weekly_chart_and_the_picked_day()
    {
        using TuiHarness tui = History();
        tui.Press("history");
        HistoryScreen history = Assert.IsType<HistoryScreen>(tui.Window.Current);
        Assert.Contains("both (co-op)", tui.Screen);
        string tuesdayRow = tui.Screen.Split('\n').Single(l => l.StartsWith("Tue ", StringComparison.Ordinal) || l.StartsWith(" Tue ", StringComparison.Ordinal));
        Assert.EndsWith($"{HistoryText.Cursor}", tuesdayRow.TrimEnd());
        string mondayRow = tui.Screen.Split('\n').Single(l => l.TrimStart().StartsWith("Mon ", StringComparison.Ordinal));
        Assert.EndsWith($"{HistoryText.MeOnly}", mondayRow.TrimEnd());
        string sundayRow = tui.Screen.Split('\n').Single(l => l.TrimStart().StartsWith("Sun ", StringComparison.Ordinal));
        Assert.EndsWith($"{HistoryText.Both}", sundayRow.TrimEnd());
        Assert.Contains("Weekly XP, last 26 weeks", tui.Screen);
        Assert.Contains("Tuesday 24 November 2026:", tui.Screen);
        Assert.Matches(@"You · \d+ XP:", tui.Screen);
        Assert.Contains("▸ Tibialis raise L1 20,20", tui.Screen);
        Assert.Contains("  Calf raise L1 20,20, Tibialis raise L2 25@5", tui.Screen);
        Assert.Contains("Sam: Calf raise L1 20,20 · 13 XP", tui.Screen);

        tui.Press("day-before");
        Assert.Equal(new DateOnly(2026, 11, 23), history.PickedDay);
        Assert.Contains("Monday 23 November 2026:", tui.Screen);
        Assert.Contains("Sam: nothing", tui.Screen);
        tui.Press("later");
        Assert.Equal(new DateOnly(2026, 11, 23), history.PickedDay);
        tui.Press("earlier");
        Assert.Equal(new DateOnly(2026, 11, 16), history.PickedDay);
    }

    [Fact]
    public void The_couple_screen_shows_the_duel_the_crowns_and_both_streaks()
    {
        // Each partner checks in on their own Sunday the 22nd (recorded that day: the week is still open).
        using TuiHarness tui = new("2026-11-22T15:00:00Z");
        Seeds.Couple(tui.Game);
        tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise:1=20,20"));
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
        tui.Clock.Advance(TimeSpan.FromDays(1));
        tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise:1=20,20"));
        tui.Clock.Advance(TimeSpan.FromDays(1));
        tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise:1=20,20"));
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
        tui.Open("alex");
        tui.Press("couple");
        Assert.IsType<CoupleScreen>(tui.Window.Current);
        Assert.Contains("This week (2026-W48): you", tui.Screen);
        // Week 47: each trained on Sunday the 22nd only, both with the co-op bonus: a tie.
        Assert.Contains("Crowns: you 1 · Sam 1", tui.Screen);
        Assert.Contains("Your streak      3 days", tui.Screen);
        Assert.Contains("Sam's streak", tui.Screen);
        Assert.Contains("Co-op streak     1 day", tui.Screen);
        Assert.Contains("2026-W47  you   13 · Sam   13   tie: both crowned", tui.Screen);
    }

    [Fact]
    public void Without_a_partner_the_couple_screen_offers_an_invite_code()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        tui.Open("kim");
        tui.Press("couple");
        Assert.IsType<CoupleScreen>(tui.Window.Current);
        Assert.Contains("No partner yet.", tui.Screen);
        Assert.Contains("i   make an invite code for your partner", tui.Screen);
    }
}
