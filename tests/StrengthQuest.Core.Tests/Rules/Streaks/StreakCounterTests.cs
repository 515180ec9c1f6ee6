using StrengthQuest.Core.Rules.Streaks;

namespace StrengthQuest.Core.Tests.Rules.Streaks;

public class StreakCounterTests
{
    /// <summary>Days as letters: c check-in, p protected, m miss; the last day is today (not over).</summary>
    [Theory]
    [InlineData("c", 1, 1, 0)]
    [InlineData("ccc", 3, 3, 0)]
    [InlineData("cccm", 3, 3, 0)]
    [InlineData("ccmm", 0, 2, 0)]
    [InlineData("ccmc", 1, 2, 0)]
    [InlineData("ccpc", 3, 3, 0)]
    [InlineData("ccppc", 3, 3, 0)]
    [InlineData("ccccccc", 7, 7, 1)]
    [InlineData("cccccccmc", 8, 8, 0)]
    [InlineData("cccccccmmc", 1, 7, 0)]
    [InlineData("cccccccccccccc", 14, 14, 2)]
    [InlineData("ccccccccccccccccccccc", 21, 21, 2)]
    [InlineData("ccccccccccccccmmc", 15, 15, 0)]
    [InlineData("ccccccccccccccmmmc", 1, 14, 0)]
    [InlineData("mmmccm", 2, 2, 0)]
    public void A_run_counts_check_ins_bridges_protected_days_and_spends_freezes(string days, int current, int longest, int freezes)
    {
        StreakCounter streak = new(7, 2);
        for (int i = 0; i < days.Length; i++)
        {
            DayMark mark = days[i] switch { 'c' => DayMark.CheckIn, 'p' => DayMark.Protected, _ => DayMark.Miss };
            streak.Step(mark, dayIsOver: i < days.Length - 1);
        }

        Assert.Equal((current, longest, freezes), (streak.Current, streak.Longest, streak.Freezes));
    }

    [Fact]
    public void At_most_three_protected_days_count_in_any_seven()
    {
        ProtectedWindow window = new(3, 7);
        DateOnly start = new(2026, 11, 1);
        bool[] granted = [.. Enumerable.Range(0, 10).Select(i => window.TryProtect(start.AddDays(i)))];
        Assert.Equal([true, true, true, false, false, false, false, true, true, true], granted);
    }
}
