using StrengthQuest.Core.Days;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Days;

public class GameDaysTests
{
    [Theory]
    // A session at 00:30 local on Tuesday counts for Monday with the default day start (4).
    [InlineData("2026-11-24T00:30:00+01:00", "Europe/Berlin", 4, "2026-11-23")]
    [InlineData("2026-11-24T03:59:00+01:00", "Europe/Berlin", 4, "2026-11-23")]
    [InlineData("2026-11-24T04:00:00+01:00", "Europe/Berlin", 4, "2026-11-24")]
    [InlineData("2026-11-24T00:30:00+01:00", "Europe/Berlin", 0, "2026-11-24")]
    [InlineData("2026-11-24T22:30:00+01:00", "Europe/Berlin", 23, "2026-11-23")]
    [InlineData("2026-11-24T23:30:00+01:00", "Europe/Berlin", 23, "2026-11-24")]
    // The same instant is a different game day in New York and in Berlin.
    [InlineData("2026-11-24T03:00:00Z", "Europe/Berlin", 4, "2026-11-24")]
    [InlineData("2026-11-24T03:00:00Z", "America/New_York", 4, "2026-11-23")]
    [InlineData("2026-11-24T12:00:00Z", "Asia/Tokyo", 4, "2026-11-24")]
    [InlineData("2026-11-24T20:00:00Z", "Asia/Tokyo", 4, "2026-11-25")]
    public void An_instant_belongs_to_the_local_date_minus_the_day_start(string instant, string zone, int dayStart, string expected)
    {
        DateOnly day = GameDays.Of(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone), dayStart);
        Assert.Equal(D(expected), day);
    }

    public static TheoryData<string, string, int> DstChanges => new()
    {
        // Both changes of 2026 in each zone, with day starts around the jump.
        { "America/New_York", "2026-03-08", 4 },
        { "America/New_York", "2026-03-08", 2 },
        { "America/New_York", "2026-11-01", 4 },
        { "America/New_York", "2026-11-01", 1 },
        { "Europe/Berlin", "2026-03-29", 4 },
        { "Europe/Berlin", "2026-03-29", 2 },
        { "Europe/Berlin", "2026-10-25", 4 },
        { "Europe/Berlin", "2026-10-25", 2 },
        { "Europe/Berlin", "2026-10-25", 0 },
    };

    [Theory]
    [MemberData(nameof(DstChanges))]
    public void Daylight_saving_never_creates_or_loses_a_game_day(string zoneId, string changeDay, int dayStart)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        DateOnly change = D(changeDay);
        DateTimeOffset from = new(change.AddDays(-2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Dictionary<DateOnly, int> minutesPerDay = [];
        for (DateTimeOffset t = from; t < from.AddDays(5); t = t.AddMinutes(15))
        {
            DateOnly day = GameDays.Of(t, zone, dayStart);
            minutesPerDay[day] = minutesPerDay.GetValueOrDefault(day) + 15;
        }

        DateOnly[] days = [.. minutesPerDay.Keys.Order()];
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
        // Inner days last 24 hours except exactly one: 23 hours in spring, 25 in autumn. Which
        // one depends on the day start: the game day that contains the jump.
        int[] inner = [.. days[1..^1].Select(d => minutesPerDay[d])];
        int odd = change.Month < 7 ? 23 * 60 : 25 * 60;
        Assert.Single(inner, m => m == odd);
        Assert.All(inner, m => Assert.True(m == odd || m == 24 * 60));
        DateOnly oddDay = days[1..^1].Single(d => minutesPerDay[d] == odd);
        Assert.Equal(dayStart <= 2 ? change : change.AddDays(-1), oddDay);
    }

    [Theory]
    [InlineData("2026-11-24", "2026-11-24", null)]
    [InlineData("2026-11-21", "2026-11-24", null)]
    [InlineData("2026-11-20", "2026-11-24", "too far back")]
    [InlineData("2026-11-25", "2026-11-24", "in the future")]
    public void Backfill_reaches_three_game_days_back_and_never_forward(string day, string today, string? problem)
    {
        string? actual = BackfillWindow.Problem(D(day), D(today), 3);
        if (problem is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Contains(problem, actual);
        }
    }

    [Theory]
    [InlineData("2026-11-23", "2026-W48", "2026-11-23", "2026-11-29")]
    [InlineData("2026-11-29", "2026-W48", "2026-11-23", "2026-11-29")]
    [InlineData("2027-01-01", "2026-W53", "2026-12-28", "2027-01-03")]
    public void Iso_weeks_run_monday_to_sunday(string day, string label, string monday, string sunday)
    {
        Assert.Equal(label, IsoWeeks.Label(D(day)));
        Assert.Equal(D(monday), IsoWeeks.Monday(D(day)));
        Assert.Equal(D(sunday), IsoWeeks.Sunday(D(day)));
    }
}
