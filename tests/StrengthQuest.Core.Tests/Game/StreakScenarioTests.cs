using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

public class StreakScenarioTests
{
    private const string Tib = "tibialis-raise:1=20,20";

    private static CoupleState Solo(HistoryBuilder alex, string asOf) =>
        GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), null), D(asOf));

    private static CoupleState Pair(HistoryBuilder alex, HistoryBuilder sam, string asOf) =>
        GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), sam.Build()), D(asOf));

    [Theory]
    // A 30-day streak from Nov 1: freezes at days 7 and 14 (capped at 2), then gaps spend them.
    [InlineData(new string[0], "2026-11-30", 30, 30, 2)]
    [InlineData(new[] { "2026-11-10" }, "2026-11-30", 29, 29, 2)]
    [InlineData(new[] { "2026-11-29" }, "2026-12-01", 30, 30, 1)]
    [InlineData(new[] { "2026-11-28", "2026-11-29" }, "2026-12-01", 29, 29, 1)]
    [InlineData(new[] { "2026-11-27", "2026-11-28", "2026-11-29" }, "2026-12-01", 2, 26, 0)]
    public void A_thirty_day_streak_earns_and_spends_freezes(string[] skipped, string asOf, int current, int longest, int freezes)
    {
        HistoryBuilder alex = new(Alex);
        for (DateOnly day = D("2026-11-01"); day <= D(asOf); day = day.AddDays(1))
        {
            if (!skipped.Contains(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            {
                alex.Train(day, Tib);
            }
        }

        StreakState streak = Solo(alex, asOf).Me.Streak;
        Assert.Equal(new StreakState(current, longest, freezes), streak);
    }

    [Fact]
    public void Today_is_never_a_miss_until_it_is_over()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-20"), D("2026-11-23"), Tib);
        Assert.Equal(4, Solo(alex, "2026-11-24").Me.Streak.Current);
        Assert.Equal(0, Solo(alex, "2026-11-25").Me.Streak.Current);
    }

    [Fact]
    public void A_pain_rest_day_bridges_both_streaks()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex)
            .TrainDays(D("2026-11-20"), D("2026-11-22"), Tib)
            .Rest(D("2026-11-23"), pain: 7)
            .Train(D("2026-11-24"), Tib);
        HistoryBuilder sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-20"), D("2026-11-24"), Tib);

        CoupleState state = Pair(alex, sam, "2026-11-24");

        Assert.Equal(new StreakState(4, 4, 0), state.Me.Streak);
        Assert.Equal(new StreakState(5, 5, 0), state.Partner!.Streak);
        Assert.Equal(4, state.Coop!.Current);
        Assert.Equal(0, state.Coop.Freezes);
        Assert.True(state.Coop.MeToday && state.Coop.PartnerToday);
    }

    [Fact]
    public void A_rest_below_the_pain_threshold_does_not_protect()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex)
            .TrainDays(D("2026-11-20"), D("2026-11-22"), Tib)
            .Rest(D("2026-11-23"), pain: 5)
            .Train(D("2026-11-24"), Tib);
        Assert.Equal(1, Solo(alex, "2026-11-24").Me.Streak.Current);
    }

    [Fact]
    public void Only_three_pain_rest_days_in_seven_protect_the_streak()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-01"), D("2026-11-03"), Tib);
        foreach (int d in new[] { 4, 5, 6, 7 })
        {
            alex.Rest(new DateOnly(2026, 11, d), pain: 8);
        }

        alex.Train(D("2026-11-08"), Tib);
        CoupleHistory history = new(alex.Build(), null);
        CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, AsOf.Day(D("2026-11-08"), history));
        // The fourth rest day is a plain miss, and with no freeze banked the run ends there.
        Assert.Equal(1, timeline.State.Me.Streak.Current);
        Assert.Equal(DayMark.Miss, timeline.MyDays[D("2026-11-07")].Mark);
        Assert.Equal(DayMark.Protected, timeline.MyDays[D("2026-11-06")].Mark);
    }

    [Fact]
    public void A_couple_in_two_time_zones_keeps_a_coop_streak_by_each_ones_game_day()
    {
        // 02:00 UTC is 03:00 in Berlin (before Alex's 04:00 day start: the day before) and
        // 21:00 the previous evening in New York: both count for the same game day.
        HistoryBuilder alex = new(Alex);
        HistoryBuilder sam = new(Sam);
        for (DateOnly day = D("2026-11-20"); day <= D("2026-11-23"); day = day.AddDays(1))
        {
            DateTimeOffset instant = new(day.AddDays(1).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            Assert.Equal(day, GameDays.Of(instant, TimeZoneInfo.FindSystemTimeZoneById(Alex.TimeZoneId), Alex.DayStartHour));
            Assert.Equal(day, GameDays.Of(instant, TimeZoneInfo.FindSystemTimeZoneById(Sam.TimeZoneId), Sam.DayStartHour));
            alex.Train(day, Tib);
            sam.Train(day, Tib);
        }

        CoupleState state = Pair(alex, sam, "2026-11-24");
        Assert.Equal(4, state.Coop!.Current);
        Assert.False(state.Coop.MeToday);
        Assert.Equal(4, GameEngine.Evaluate(Shipped, new CoupleHistory(sam.Build(), alex.Build()), D("2026-11-24")).Coop!.Current);
    }

    [Fact]
    public void The_coop_streak_banks_shared_freezes_and_spends_them_on_a_missed_day()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-01"), D("2026-11-10"), Tib);
        HistoryBuilder sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-01"), D("2026-11-07"), Tib).TrainDays(D("2026-11-09"), D("2026-11-10"), Tib);

        CoupleState state = Pair(alex, sam, "2026-11-10");

        // Seven co-op days earn one freeze; Sam's missed 8th spends it; two more co-op days follow.
        Assert.Equal(9, state.Coop!.Current);
        Assert.Equal(0, state.Coop.Freezes);
        Assert.Equal(9, state.Coop.Longest);
        Assert.Contains(state.Me.Achievements, a => a.Id == "coop-7" && a.Day == D("2026-11-07"));
    }

    [Fact]
    public void Streak_bonus_counts_the_streak_before_the_day_and_coop_bonus_goes_to_both()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-20"), D("2026-11-24"), Tib);
        HistoryBuilder sam = new HistoryBuilder(Sam).Train(D("2026-11-24"), Tib);

        CoupleHistory history = new(alex.Build(), sam.Build());
        CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, AsOf.Day(D("2026-11-24"), history));
        CoupleState state = timeline.State;

        // Alex: 10 XP on each of 5 days, streak bonuses 0,1,2,3,4 % (all round to 0), +25 % co-op on the 24th.
        Assert.Equal(50 + 3, state.Me.TotalXp);
        Assert.Equal(3, timeline.MyDays[D("2026-11-24")].Xp.CoopBonus);
        Assert.Equal(10 + 3, state.Partner!.TotalXp);
    }

    [Fact]
    public void Evaluating_an_earlier_day_ignores_what_came_after()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-01"), D("2026-11-20"), Tib);
        CoupleState early = Solo(alex, "2026-11-05");
        Assert.Equal(5, early.Me.Streak.Current);
        Assert.Equal(50, early.Me.TotalXp);
    }
}
