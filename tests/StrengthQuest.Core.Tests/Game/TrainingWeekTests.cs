using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Boss;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

public class TrainingWeekTests
{
    private const string Tib = "tibialis-raise:1=20,20";
    private static readonly TrainingPlan MonWedFri = TrainingPlan.Parse("mon,wed,fri", out _)!;

    private static PlayerHistory Planned(HistoryBuilder builder, TrainingPlan plan) =>
        builder.Build() with { Plans = [new PlanChange(DateOnly.MinValue, plan)] };

    /// <summary>Every entry of the quest the game proposes that day (all ladders at level 1 early on), at target, pain-free.</summary>
    private static string[] FullQuest(DateOnly day) =>
        [.. TodaysQuest.Plan(Shipped, _ => 1, day).Items.Select(i => $"{i.Ladder.Id}:{i.Level.Number}={string.Join(",", Enumerable.Repeat(i.Level.Amount, i.Level.Sets))}")];

    [Theory]
    [InlineData("3", "mon,wed,fri")]
    [InlineData("4", "mon,tue,thu,fri")]
    [InlineData("5", "mon,tue,wed,thu,fri")]
    [InlineData("daily", "mon,tue,wed,thu,fri,sat,sun")]
    [InlineData("Wed, mon ,FRI", "mon,wed,fri")]
    [InlineData("saturday,sun", "sat,sun")]
    public void Plans_read_presets_and_weekdays(string text, string expected) =>
        Assert.Equal(expected, TrainingPlan.Parse(text, out _)!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("funday")]
    [InlineData("mon,,wed")]
    [InlineData("7")]
    public void Anything_else_is_not_a_plan(string text)
    {
        Assert.Null(TrainingPlan.Parse(text, out string? problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Planned_rest_days_bridge_the_streak_of_a_three_day_plan()
    {
        // Mondays, Wednesdays and Fridays for three weeks from Monday 2 November.
        HistoryBuilder alex = new(Alex);
        for (DateOnly day = D("2026-11-02"); day <= D("2026-11-20"); day = day.AddDays(1))
        {
            if (MonWedFri.IsTrainingDay(day))
            {
                alex.Train(day, Tib);
            }
        }

        CoupleHistory history = new(Planned(alex, MonWedFri), null);
        CoupleState sunday = GameEngine.Evaluate(Shipped, history, D("2026-11-22"));
        Assert.Equal(9, sunday.Me.Streak.Current);
        Assert.Equal(1, sunday.Me.Streak.Freezes);
        Assert.False(sunday.Me.TodayIsTrainingDay);

        // Monday the 23rd is a training day: missed, it spends the freeze; a second missed one ends the run.
        Assert.Equal(9, GameEngine.Evaluate(Shipped, history, D("2026-11-24")).Me.Streak.Current);
        Assert.Equal(0, GameEngine.Evaluate(Shipped, history, D("2026-11-24")).Me.Streak.Freezes);
        Assert.Equal(0, GameEngine.Evaluate(Shipped, history, D("2026-11-26")).Me.Streak.Current);
    }

    [Fact]
    public void A_plan_change_applies_from_the_day_it_names()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-02"), D("2026-11-06"), Tib);
        PlayerHistory history = alex.Build() with { Plans = [new PlanChange(D("2026-11-07"), MonWedFri)] };
        // Saturday and Sunday are rest days under the new plan: the streak of five stands on Monday.
        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(history, null), D("2026-11-09"));
        Assert.Equal(5, state.Me.Streak.Current);
        Assert.Equal("mon,wed,fri", state.Me.Plan.ToString());
    }

    [Fact]
    public void A_rest_days_quest_is_a_short_mobility_flow()
    {
        QuestPlan flow = TodaysQuest.For(Shipped, trainingDay: false, _ => 1, D("2026-11-24"));
        Assert.True(flow.Mobility);
        Assert.InRange(flow.Items.Count, Shipped.Rules.Quest.MobilityMinLadders, Shipped.Rules.Quest.MobilityGroups.Count);
        Assert.InRange(flow.Minutes, 5, Shipped.Rules.Quest.MobilityMaxMinutes);
        Assert.All(flow.Items, i => Assert.Contains(Shipped.Rules.Quest.MobilityGroups, g => g.Contains(i.Ladder.Id)));
        Assert.False(TodaysQuest.For(Shipped, trainingDay: true, _ => 1, D("2026-11-24")).Mobility);
    }

    [Fact]
    public void A_partner_who_met_the_whole_quest_carries_a_missed_training_day_once_a_week()
    {
        // Both train Monday to Tuesday; Sam misses Wednesday and Thursday; Alex does the full quest both days.
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-02"), D("2026-11-03"), Tib);
        alex.Train(D("2026-11-04"), FullQuest(D("2026-11-04"))).Train(D("2026-11-05"), FullQuest(D("2026-11-05")));
        HistoryBuilder sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-02"), D("2026-11-03"), Tib).Train(D("2026-11-06"), Tib);
        CoupleHistory history = new(alex.Build(), sam.Build());
        CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, AsOf.Day(D("2026-11-06"), history));

        Assert.Equal(DayMark.Carried, timeline.PartnerDays![D("2026-11-04")].Mark);
        Assert.Equal(DayMark.Miss, timeline.PartnerDays[D("2026-11-05")].Mark);
        Assert.Equal([new CarriedDay(D("2026-11-04"), MeCarried: false)], timeline.Carries);
        // Sam's run of two survives Wednesday without a freeze, then Thursday ends it.
        Assert.Equal(2, timeline.PartnerDays[D("2026-11-04")].StreakAfter);
        Assert.Equal(0, timeline.PartnerDays[D("2026-11-05")].StreakAfter);
        Assert.Contains(timeline.State.Me.Achievements, a => a.Id == "first-carry");
        Assert.DoesNotContain(timeline.State.Partner!.Achievements, a => a.Id == "first-carry");
        // The co-op streak: two co-op days, Wednesday carried (bridged), Thursday a miss with no freeze.
        Assert.Equal(2, timeline.CoopDays[D("2026-11-04")]);
        Assert.Equal(0, timeline.CoopDays[D("2026-11-05")]);
    }

    [Fact]
    public void A_partner_with_a_partial_quest_carries_nothing()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-02"), D("2026-11-04"), Tib);
        HistoryBuilder sam = new HistoryBuilder(Sam).TrainDays(D("2026-11-02"), D("2026-11-03"), Tib);
        CoupleHistory history = new(alex.Build(), sam.Build());
        CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, AsOf.Day(D("2026-11-05"), history));
        Assert.Empty(timeline.Carries);
        Assert.Equal(DayMark.Miss, timeline.PartnerDays![D("2026-11-04")].Mark);
    }

    [Theory]
    [InlineData(new int[0], 150)]
    [InlineData(new[] { 100, 100, 100, 100 }, 150)]
    [InlineData(new[] { 400, 400, 400, 400 }, 240)]
    [InlineData(new[] { 401, 400, 400, 400 }, 250)]
    [InlineData(new[] { 1000, 0, 0, 0 }, 150)]
    [InlineData(new[] { 1000, 1000, 0, 0 }, 300)]
    public void Boss_hp_is_sixty_percent_of_the_mean_of_the_last_four_weeks_rounded_up_to_ten_at_least_150(int[] weeks, int hp) =>
        Assert.Equal(hp, BossFight.Hp(weeks, Shipped.Rules));

    [Fact]
    public void A_boss_falls_to_both_partners_xp_and_both_get_the_trophy()
    {
        // A big week: both partners do the full quest every day of week 45.
        HistoryBuilder alex = new(Alex);
        HistoryBuilder sam = new(Sam);
        for (DateOnly day = D("2026-11-02"); day <= D("2026-11-08"); day = day.AddDays(1))
        {
            alex.Train(day, FullQuest(day));
            sam.Train(day, FullQuest(day));
        }

        CoupleHistory history = new(alex.Build(), sam.Build());
        CoupleState midweek = GameEngine.Evaluate(Shipped, history, D("2026-11-04"));
        Assert.Equal(150, midweek.Boss!.Hp);
        Assert.Equal(BossFight.Of(D("2026-11-02"), Shipped.Bosses), midweek.Boss.Boss);

        CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, AsOf.Day(D("2026-11-09"), history));
        BossWeek week45 = Assert.Single(timeline.Bosses, b => b.Monday == D("2026-11-02"));
        Assert.True(week45.Beaten);
        Assert.Contains(timeline.State.Me.Achievements, a => a.Id == "first-boss" && a.Day == D("2026-11-08"));
        Assert.Contains(timeline.State.Partner!.Achievements, a => a.Id == "first-boss");
        // The next boss is sized by that week: much tougher than the floor.
        Assert.True(timeline.State.Boss!.Hp > 150);
        Assert.NotEqual(week45.Boss, timeline.State.Boss.Boss);
    }

    [Fact]
    public void The_catalog_has_at_least_twelve_bosses_each_with_a_name_and_flavour()
    {
        Assert.True(Shipped.Bosses.Count >= 12);
        Assert.All(Shipped.Bosses, b => Assert.False(string.IsNullOrWhiteSpace(b.Name) || string.IsNullOrWhiteSpace(b.Flavour)));
        Assert.Equal(Shipped.Bosses.Count, Shipped.Bosses.Select(b => b.Name).Distinct().Count());
    }
}
