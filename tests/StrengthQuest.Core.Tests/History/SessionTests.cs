using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Tests.History;

public class SessionTests
{
    private static readonly DateTimeOffset Ten = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static Session At(DateTimeOffset recorded) => new("u" + recorded.Ticks, new DateOnly(2026, 11, 24), recorded, false, []);

    [Fact]
    public void A_new_session_is_recorded_now_when_now_is_after_the_days_sessions()
    {
        Assert.Equal(Ten, Session.RecordedAfter(Ten, []));
        Assert.Equal(Ten, Session.RecordedAfter(Ten, [At(Ten.AddSeconds(-5)), At(Ten.AddMilliseconds(-1))]));
    }

    /// <summary>A front end whose clock runs behind another's still records after what the other saved.</summary>
    [Fact]
    public void A_clock_behind_the_days_latest_session_records_just_after_it()
    {
        Assert.Equal(Ten.AddSeconds(5).AddMilliseconds(1), Session.RecordedAfter(Ten, [At(Ten.AddSeconds(5)), At(Ten.AddSeconds(2))]));
        Assert.Equal(Ten.AddMilliseconds(1), Session.RecordedAfter(Ten, [At(Ten)]));
    }
}
