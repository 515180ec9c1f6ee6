using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Rules.Quest;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Rules.Quest;

public class TodaysQuestTests
{
    public static TheoryData<int> LevelSeeds => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(LevelSeeds))]
    public void Every_day_the_quest_covers_every_area_in_four_to_six_ladders_and_fifteen_to_twenty_five_minutes(int seed)
    {
        // Suggested levels vary by ladder and seed, from all-ones (seed 0) to all-top (seed 7).
        Func<string, int> levels = id => seed switch
        {
            0 => 1,
            7 => 6,
            _ => 1 + ((id.Length + seed) % 5),
        };
        for (DateOnly day = D("2026-01-01"); day <= D("2026-03-01"); day = day.AddDays(1))
        {
            QuestPlan plan = TodaysQuest.Plan(Shipped, levels, day);
            Assert.InRange(plan.Items.Count, 4, 6);
            Assert.InRange(plan.Minutes, 15, 25);
            foreach (string area in Shipped.Rules.Quest.Areas)
            {
                Assert.Contains(plan.Items, i => i.Ladder.QuestAreas.Contains(area));
            }

            Assert.Equal(plan.Items.Count, plan.Items.Select(i => i.Ladder.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Each_exercise_is_at_its_suggested_level_and_the_warm_up_comes_first()
    {
        QuestPlan plan = TodaysQuest.Plan(Shipped, id => id == "tibialis-raise" ? 3 : 1, D("2026-11-24"));
        Assert.Equal(3, plan.Items.Single(i => i.Ladder.Id == "tibialis-raise").Level.Number);
        Assert.True(plan.Items[0].WarmUp);
        Assert.Equal("backward-walk", plan.Items[0].Ladder.Id);
    }

    [Fact]
    public void The_quest_rotates_through_the_ladders_of_an_area()
    {
        HashSet<string> knee = [];
        for (DateOnly day = D("2026-11-01"); day < D("2026-11-15"); day = day.AddDays(1))
        {
            knee.UnionWith(TodaysQuest.Plan(Shipped, _ => 1, day).Items.Where(i => !i.WarmUp).Select(i => i.Ladder.Id));
        }

        Assert.Superset(new HashSet<string> { "patrick-step", "poliquin-step", "slant-squat", "reverse-nordic", "nordic-curl", "elephant-walk", "jefferson-curl", "couch-stretch", "l-sit" }, knee);
    }

    [Theory]
    [InlineData("tibialis-raise", 1, 195)]
    [InlineData("backward-walk", 1, 480)]
    [InlineData("couch-stretch", 3, 315)]
    [InlineData("patrick-step", 3, 510)]
    public void Estimates_count_work_rests_and_setup(string ladder, int level, int seconds)
    {
        LadderLevel at = Shipped.Find(ladder)!.Level(level);
        Assert.Equal(seconds, QuestEstimate.Seconds(at, Shipped.Rules.Quest));
    }
}
