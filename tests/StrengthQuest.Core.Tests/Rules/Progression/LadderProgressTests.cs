using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Rules.Progression;

public class LadderProgressTests
{
    private static LadderState Tibialis(HistoryBuilder alex, string asOf) =>
        GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), null), D(asOf)).Me.Ladder("tibialis-raise")!;

    private static (int Unlocked, int Suggested, int Qualifying, bool Cooling) Shape(LadderState l) =>
        (l.Unlocked, l.Suggested, l.Qualifying, l.CoolingDown);

    [Theory]
    // Each step: day offset and entry; the level opens after 3 qualifying sessions on 3 different days.
    [InlineData(new[] { "1 tibialis-raise:1=20,20" }, 1, 1, 1, false)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,20", "3 tibialis-raise:1=20,20" }, 2, 2, 0, false)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "1 tibialis-raise:1=20,20", "1 tibialis-raise:1=20,20" }, 1, 1, 1, false)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,19", "3 tibialis-raise:1=40" }, 1, 1, 1, false)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,20/3", "3 tibialis-raise:1=25,25/1" }, 2, 2, 0, false)]
    // Pain 4–5: does not qualify, and the suggestion holds at that level.
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,20", "3 tibialis-raise:1=20,20/4" }, 1, 1, 2, false)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,20", "3 tibialis-raise:1=20,20", "4 tibialis-raise:2=25,25/5" }, 2, 2, 0, false)]
    // Pain 6+: the ladder cools down and the suggestion drops a level.
    [InlineData(new[] { "1 tibialis-raise:1=20,20", "2 tibialis-raise:1=20,20", "3 tibialis-raise:1=20,20", "4 tibialis-raise:2=25,25/6" }, 2, 1, 0, true)]
    [InlineData(new[] { "1 tibialis-raise:1=20,20/7" }, 1, 1, 0, true)]
    public void Qualifying_sessions_unlock_levels_and_pain_guards_them(string[] steps, int unlocked, int suggested, int qualifying, bool cooling)
    {
        HistoryBuilder alex = new(Alex);
        DateOnly start = D("2026-11-01");
        foreach (string step in steps)
        {
            string[] parts = step.Split(' ');
            alex.Train(start.AddDays(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)), parts[1]);
        }

        Assert.Equal((unlocked, suggested, qualifying, cooling), Shape(Tibialis(alex, "2026-11-30")));
    }

    [Fact]
    public void An_unlock_blocked_by_pain_reopens_after_two_pain_free_entries()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex)
            .Train(D("2026-11-01"), "tibialis-raise:1=20,20")
            .Train(D("2026-11-02"), "tibialis-raise:1=20,20")
            .Train(D("2026-11-03"), "tibialis-raise:1=20,20/6");
        Assert.Equal((1, 1, 2, true), Shape(Tibialis(alex, "2026-11-03")));

        // The third qualifying day comes while cooling down: the unlock waits.
        alex.Train(D("2026-11-04"), "tibialis-raise:1=20,20/2");
        Assert.Equal((1, 1, 3, true), Shape(Tibialis(alex, "2026-11-04")));

        // A second calm entry in a row ends the cool-down, and level 2 opens at once.
        alex.Train(D("2026-11-05"), "tibialis-raise:1=20,20/0");
        Assert.Equal((2, 2, 0, false), Shape(Tibialis(alex, "2026-11-05")));
    }

    [Fact]
    public void Acceptable_pain_during_a_cool_down_restarts_the_count_of_calm_entries()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex)
            .Train(D("2026-11-01"), "tibialis-raise:1=20,20/6")
            .Train(D("2026-11-02"), "tibialis-raise:1=20,20/1")
            .Train(D("2026-11-03"), "tibialis-raise:1=20,20/4")
            .Train(D("2026-11-04"), "tibialis-raise:1=20,20/1");
        Assert.True(Tibialis(alex, "2026-11-04").CoolingDown);
        alex.Train(D("2026-11-05"), "tibialis-raise:1=20,20/0");
        Assert.False(Tibialis(alex, "2026-11-05").CoolingDown);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3 }, true)]
    [InlineData(new[] { 0, 4, 5 }, true)]
    [InlineData(new[] { 2, 2, 3 }, false)]
    [InlineData(new[] { 3, 2, 1 }, false)]
    [InlineData(new[] { 1, 2 }, false)]
    [InlineData(new[] { 1, 2, 3, 3 }, false)]
    public void Pain_rising_over_three_entries_is_flagged(int[] pains, bool rising)
    {
        HistoryBuilder alex = new(Alex);
        for (int i = 0; i < pains.Length; i++)
        {
            alex.Train(D("2026-11-01").AddDays(i), $"tibialis-raise:1=20,20/{pains[i]}");
        }

        Assert.Equal(rising, Tibialis(alex, "2026-11-20").PainRising);
    }

    [Fact]
    public void Personal_records_keep_the_best_set_and_heaviest_load_per_level()
    {
        PersonalRecords records = new();
        DateOnly day = D("2026-11-01");
        Assert.Empty(records.Step(new Entry("calf-raise", 4, [new SetDone(20, 10m), new SetDone(18, 12m)], 0), day));
        IReadOnlyList<RecordBroken> broken = records.Step(new Entry("calf-raise", 4, [new SetDone(22, 12m)], 0), day.AddDays(1));
        Assert.Equal([new RecordBroken("calf-raise", 4, "amount", 20, 22)], broken);
        broken = records.Step(new Entry("calf-raise", 4, [new SetDone(15, 14.5m)], 0), day.AddDays(2));
        Assert.Equal([new RecordBroken("calf-raise", 4, "load", 12m, 14.5m)], broken);
        Assert.Equal(new LevelRecord("calf-raise", 4, 22, day.AddDays(1), 14.5m, day.AddDays(2)), records.For("calf-raise", 4));
        Assert.Null(records.For("calf-raise", 3));
    }
}
