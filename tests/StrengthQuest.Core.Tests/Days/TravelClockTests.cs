using StrengthQuest.Core.Days;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Days;

/// <summary>A player's clock across changes of zone and day start: no day lived twice, skipped days named.</summary>
public class TravelClockTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The clock now, with the settings used before it (each until an instant), oldest first.</summary>
    private static GameClock Clock(string zone, int dayStart, params (string Until, string Zone, int DayStart)[] earlier) =>
        new(Zone(zone), dayStart) { Earlier = [.. earlier.Select(e => new EarlierClock(At(e.Until), Zone(e.Zone), e.DayStart))] };

    [Theory]
    // Berlin → New York at 05:00 Tuesday in Berlin (23:00 Monday in New York): Tuesday goes on
    // until 04:00 Wednesday in New York, never back to Monday.
    [InlineData("2026-11-24T03:59:00Z", "2026-11-24")]
    [InlineData("2026-11-24T04:00:00Z", "2026-11-24")]
    [InlineData("2026-11-25T08:59:00Z", "2026-11-24")]
    [InlineData("2026-11-25T09:00:00Z", "2026-11-25")]
    // ... and back to Berlin at 23:30 Friday in New York (05:30 Saturday in Berlin): Friday ends there.
    [InlineData("2026-11-28T04:29:00Z", "2026-11-27")]
    [InlineData("2026-11-28T04:30:00Z", "2026-11-28")]
    public void Berlin_to_New_York_and_back_never_lives_a_day_twice(string instant, string day)
    {
        GameClock clock = Clock("Europe/Berlin", 4, ("2026-11-24T04:00:00Z", "Europe/Berlin", 4), ("2026-11-28T04:30:00Z", "America/New_York", 4));
        Assert.Equal(D(day), clock.DayOf(At(instant)));
        Assert.Empty(clock.SkippedDays());
    }

    [Theory]
    // Sydney → Los Angeles at 10:00 Wednesday in Sydney (15:00 Tuesday in Los Angeles): Wednesday
    // lasts until 04:00 Thursday in Los Angeles.
    [InlineData("2026-11-24T22:59:00Z", "2026-11-25")]
    [InlineData("2026-11-24T23:00:00Z", "2026-11-25")]
    [InlineData("2026-11-26T11:59:00Z", "2026-11-25")]
    [InlineData("2026-11-26T12:00:00Z", "2026-11-26")]
    public void Sydney_to_Los_Angeles_holds_the_day_until_the_new_clock_reaches_it(string instant, string day)
    {
        GameClock clock = Clock("America/Los_Angeles", 4, ("2026-11-24T23:00:00Z", "Australia/Sydney", 4));
        Assert.Equal(D(day), clock.DayOf(At(instant)));
        Assert.Empty(clock.SkippedDays());
    }

    [Fact]
    public void Flying_far_east_skips_the_game_days_jumped_over()
    {
        // Los Angeles (day start 23) at 22:00 Monday is still Sunday's game day; Sydney (day start
        // 0) at that instant is 17:00 Tuesday. Monday was never lived.
        GameClock clock = Clock("Australia/Sydney", 0, ("2026-11-24T06:00:00Z", "America/Los_Angeles", 23));
        Assert.Equal(D("2026-11-22"), clock.DayOf(At("2026-11-24T05:59:00Z")));
        Assert.Equal(D("2026-11-24"), clock.DayOf(At("2026-11-24T06:00:00Z")));
        Assert.Equal([D("2026-11-23")], clock.SkippedDays());
    }

    [Theory]
    // Day start 4 → 6 at 05:00 Tuesday: Tuesday goes on until 06:00 Wednesday.
    [InlineData(4, 6, "2026-11-25T04:59:00Z", "2026-11-24")]
    [InlineData(4, 6, "2026-11-25T05:00:00Z", "2026-11-25")]
    // Day start 6 → 4 at 05:00 Tuesday: Monday ends at the change.
    [InlineData(6, 4, "2026-11-24T03:59:00Z", "2026-11-23")]
    [InlineData(6, 4, "2026-11-24T04:00:00Z", "2026-11-24")]
    public void Moving_the_day_start_around_the_hour_neither_repeats_nor_skips_a_day(int from, int to, string instant, string day)
    {
        GameClock clock = Clock("Europe/Berlin", to, ("2026-11-24T04:00:00Z", "Europe/Berlin", from));
        Assert.Equal(D(day), clock.DayOf(At(instant)));
        Assert.Empty(clock.SkippedDays());
    }

    [Fact]
    public void A_clock_without_changes_is_the_plain_game_day()
    {
        GameClock clock = Clock("Europe/Berlin", 4);
        DateTimeOffset at = At("2026-11-24T02:30:00Z");
        Assert.Equal(GameDays.Of(at, Zone("Europe/Berlin"), 4), clock.DayOf(at));
    }
}
