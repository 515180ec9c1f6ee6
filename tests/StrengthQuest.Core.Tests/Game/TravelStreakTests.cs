using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

/// <summary>GAME.md "Travel": a change of zone or day start never costs a streak, for either partner.</summary>
public class TravelStreakTests
{
    private const string Tib = "tibialis-raise:1=20,20";

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static GameClock Clock(string zone, int dayStart, string? until = null, string? fromZone = null, int fromDayStart = 4) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), dayStart)
        {
            Earlier = until is null ? [] : [new EarlierClock(At(until), TimeZoneInfo.FindSystemTimeZoneById(fromZone!), fromDayStart)],
        };

    private static CoupleState Evaluate(PlayerHistory alex, PlayerHistory sam, string instant)
    {
        CoupleHistory couple = new(alex, sam);
        return GameEngine.Evaluate(Shipped, couple, AsOf.At(At(instant), couple));
    }

    [Fact]
    public void Flying_west_keeps_the_day_just_trained_so_its_check_in_still_counts()
    {
        // Alex trains Tuesday morning in Berlin, then sets New York at 05:00 Berlin time (23:00
        // Monday there). Going back to Monday would put Tuesday's check-in in the future.
        PlayerHistory alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-20"), D("2026-11-24"), Tib).Build()
            with { Clock = Clock("America/New_York", 4, "2026-11-24T04:00:00Z", "Europe/Berlin") };
        PlayerHistory sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-20"), D("2026-11-23"), Tib).Build()
            with { Clock = Clock("America/New_York", 4) };

        CoupleState state = Evaluate(alex, sam, "2026-11-24T05:00:00Z");

        Assert.Equal(D("2026-11-24"), state.Me.AsOf);
        Assert.True(state.Me.CheckedInToday);
        Assert.Equal(5, state.Me.Streak.Current);
        // Sam's Tuesday has not begun in New York: the co-op streak waits for it, whole.
        Assert.Equal(D("2026-11-23"), state.Partner!.AsOf);
        Assert.Equal(4, state.Coop!.Current);
    }

    [Fact]
    public void Berlin_to_New_York_and_back_keeps_both_partners_streaks()
    {
        // Alex: Berlin, New York from Tuesday 05:00 Berlin, Berlin again from Saturday 05:30.
        GameClock clock = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), 4)
        {
            Earlier =
            [
                new EarlierClock(At("2026-11-24T04:00:00Z"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), 4),
                new EarlierClock(At("2026-11-28T04:30:00Z"), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), 4),
            ],
        };
        PlayerHistory alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-20"), D("2026-11-30"), Tib).Build() with { Clock = clock };
        PlayerHistory sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-20"), D("2026-11-30"), Tib).Build()
            with { Clock = Clock("America/New_York", 4) };

        CoupleState state = Evaluate(alex, sam, "2026-11-30T20:00:00Z");

        Assert.Equal(11, state.Me.Streak.Current);
        Assert.Equal(11, state.Partner!.Streak.Current);
        Assert.Equal(11, state.Coop!.Current);
        Assert.Equal(state.Coop, Evaluate(sam, alex, "2026-11-30T20:00:00Z").Coop);
    }

    [Fact]
    public void A_day_skipped_flying_east_bridges_both_streaks_and_leaves_the_rest_allowance()
    {
        // Alex (Los Angeles, day start 23) sets Sydney (day start 0) at 22:00 Monday in Los Angeles,
        // 17:00 Tuesday in Sydney: Monday the 23rd never happens for Alex. Sam trains every day.
        PlayerHistory alex = new HistoryBuilder(Alex with { TimeZoneId = "Australia/Sydney", DayStartHour = 0 })
            .TrainDays(D("2026-11-18"), D("2026-11-22"), Tib)
            .TrainDays(D("2026-11-24"), D("2026-11-25"), Tib)
            .Build() with { Clock = Clock("Australia/Sydney", 0, "2026-11-24T06:00:00Z", "America/Los_Angeles", 23) };
        PlayerHistory sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-18"), D("2026-11-25"), Tib).Build()
            with { Clock = Clock("America/New_York", 4) };

        CoupleState state = Evaluate(alex, sam, "2026-11-25T12:00:00Z");

        Assert.Equal(new StreakState(7, 7, 1), state.Me.Streak);
        Assert.Equal(7, state.Coop!.Current);
        Assert.Equal(1, state.Coop.Freezes);
        Assert.Equal(state.Coop, Evaluate(sam, alex, "2026-11-25T12:00:00Z").Coop);
        CoupleTimeline timeline = GameEngine.Timeline(Shipped, new CoupleHistory(alex, sam), AsOf.At(At("2026-11-25T12:00:00Z"), new CoupleHistory(alex, sam)));
        Assert.Equal(DayMark.Travel, timeline.MyDays[D("2026-11-23")].Mark);
    }

    [Fact]
    public void Without_the_change_the_same_gap_would_break_the_streak()
    {
        // The control for the test above: a missed Monday with no travel ends Alex's run.
        PlayerHistory alex = new HistoryBuilder(Alex)
            .TrainDays(D("2026-11-18"), D("2026-11-22"), Tib)
            .TrainDays(D("2026-11-24"), D("2026-11-25"), Tib)
            .Build() with { Clock = Clock("Australia/Sydney", 0) };
        PlayerHistory sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-18"), D("2026-11-25"), Tib).Build()
            with { Clock = Clock("America/New_York", 4) };

        Assert.Equal(2, Evaluate(alex, sam, "2026-11-25T12:00:00Z").Me.Streak.Current);
    }

    [Fact]
    public void A_pain_rest_on_a_skipped_day_does_not_use_the_allowance()
    {
        PlayerHistory alex = new HistoryBuilder(Alex)
            .TrainDays(D("2026-11-18"), D("2026-11-19"), Tib)
            .Rest(D("2026-11-20")).Rest(D("2026-11-21")).Rest(D("2026-11-22")).Rest(D("2026-11-23"))
            .Train(D("2026-11-24"), Tib)
            .Build() with { Clock = Clock("Australia/Sydney", 0, "2026-11-24T06:00:00Z", "America/Los_Angeles", 23) };

        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(alex, null), AsOf.At(At("2026-11-24T12:00:00Z"), new CoupleHistory(alex, null)));

        // Three pain-rest days protect (20–22), the fourth falls on the skipped Monday: still bridged.
        Assert.Equal(3, state.Me.Streak.Current);
    }
}
