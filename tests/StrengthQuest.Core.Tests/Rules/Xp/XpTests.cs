using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Xp;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Rules.Xp;

public class XpTests
{
    private static Entry Parse(string text)
    {
        EntrySpec spec = EntrySpec.Parse(text, out _)!;
        return new Entry(spec.Ladder, spec.Level ?? 1, spec.Sets, spec.Pain ?? 0);
    }

    private static Session SessionOf(params string[] entries) =>
        new("s", D("2026-11-24"), DateTimeOffset.UnixEpoch, false, [.. entries.Select(Parse)]);

    [Theory]
    // round(10 × level × min(1, done ÷ target)); target is sets × amount.
    [InlineData("tibialis-raise:1=20,20", 10)]
    [InlineData("tibialis-raise:1=20,20,20", 10)]
    [InlineData("tibialis-raise:1=10", 3)]
    [InlineData("tibialis-raise:1=5", 1)]
    [InlineData("tibialis-raise:1=2", 1)]
    [InlineData("tibialis-raise:1=1", 0)]
    [InlineData("tibialis-raise:2=25,25", 20)]
    [InlineData("tibialis-raise:2=25", 10)]
    [InlineData("atg-split-squat:3=8,8,8,8@10", 30)]
    [InlineData("atg-split-squat:3=8,8,8,7@60", 29)]
    [InlineData("patrick-step:3=20,20,20,20,20", 30)]
    [InlineData("patrick-step:3=20,20,15", 17)]
    [InlineData("backward-walk:1=300", 10)]
    [InlineData("backward-walk:2=150", 10)]
    [InlineData("couch-stretch:3=120,120", 30)]
    [InlineData("couch-stretch:3=90", 11)]
    public void Entry_xp_is_level_times_completion(string entry, int expected)
    {
        Entry e = Parse(entry);
        Assert.Equal(expected, EntryXp.Of(e, Shipped.Find(e.Ladder)!.Level(e.Level), Shipped.Rules));
    }

    [Theory]
    [InlineData(new[] { "tibialis-raise:1=20,20", "calf-raise:1=20,20" }, 20)]
    [InlineData(new[] { "tibialis-raise:1=20,20", "calf-raise:1=20,20", "patrick-step:1=20,20" }, 50)]
    // A ladder earns once per session, and the bonus needs the target met on three ladders.
    [InlineData(new[] { "tibialis-raise:1=20,20", "tibialis-raise:1=20,20", "calf-raise:1=20,20" }, 20)]
    [InlineData(new[] { "tibialis-raise:1=1", "calf-raise:1=1", "patrick-step:1=1" }, 0)]
    [InlineData(new[] { "tibialis-raise:1=20,20", "calf-raise:1=20,20", "patrick-step:1=20" }, 25)]
    [InlineData(new[] { "tibialis-raise:1=10", "tibialis-raise:1=20,20", "tibialis-raise:1=5" }, 10)]
    // Completion counts the total over the sets: 40 reps in one set meets a 2×20 target.
    [InlineData(new[] { "tibialis-raise:1=40", "calf-raise:1=20,20", "soleus-raise:1=20,20" }, 50)]
    public void Session_xp_adds_a_bonus_for_three_different_ladders(string[] entries, int expected) =>
        Assert.Equal(expected, SessionXp.Of(SessionOf(entries), Shipped));

    [Theory]
    // Streak bonus: × (1 + min(streak before today, 30) ÷ 100), rounded; co-op: + 25 % of the day.
    [InlineData(0, false, 50, 0, 0)]
    [InlineData(5, false, 50, 3, 0)]
    [InlineData(30, false, 50, 15, 0)]
    [InlineData(45, false, 50, 15, 0)]
    [InlineData(0, true, 50, 0, 13)]
    [InlineData(10, true, 50, 5, 14)]
    public void Day_xp_applies_the_streak_then_the_coop_bonus(int streakBefore, bool partnerTrained, int baseXp, int streakBonus, int coopBonus)
    {
        Session session = SessionOf("tibialis-raise:1=20,20", "calf-raise:1=20,20", "patrick-step:1=20,20");
        DayXp xp = DayXp.For([session], streakBefore, partnerTrained, Shipped);
        Assert.Equal(new DayXp(baseXp, streakBonus, coopBonus), xp);
    }

    [Fact]
    public void Only_the_first_two_sessions_of_a_day_earn()
    {
        Session one = SessionOf("tibialis-raise:1=20,20");
        Session rest = new("r", D("2026-11-24"), DateTimeOffset.UnixEpoch, false, [], 7);
        DayXp xp = DayXp.For([one, rest, one, one, one], 0, false, Shipped);
        Assert.Equal(20, xp.Total);
    }

    [Theory]
    [InlineData(1, 25)]
    [InlineData(2, 50)]
    [InlineData(4, 100)]
    [InlineData(5, 150)]
    [InlineData(6, 210)]
    [InlineData(7, 220)]
    [InlineData(10, 260)]
    [InlineData(20, 440)]
    public void The_level_curve_matches_the_rules(int level, int toNext) =>
        Assert.Equal(toNext, LevelCurve.XpToNext(level, Shipped.Rules.LevelCurve));

    [Theory]
    [InlineData(0, 1, 0, 25)]
    [InlineData(24, 1, 24, 25)]
    [InlineData(25, 2, 0, 50)]
    [InlineData(250, 5, 0, 150)]
    [InlineData(399, 5, 149, 150)]
    [InlineData(400, 6, 0, 210)]
    [InlineData(610, 7, 0, 220)]
    public void Total_xp_places_a_player_on_the_curve(long total, int level, int into, int forNext) =>
        Assert.Equal(new LevelProgress(level, into, forNext), LevelCurve.For(total, Shipped.Rules.LevelCurve));
}
