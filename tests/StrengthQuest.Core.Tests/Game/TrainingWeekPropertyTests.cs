using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Boss;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

/// <summary>The training week, the carry and the boss on random couples in two zones with random plans.</summary>
public class TrainingWeekPropertyTests
{
    public static TheoryData<int> Seeds() => LivedCouple.Seeds();

    private static IEnumerable<(CoupleHistory History, CoupleTimeline Timeline)> Lived(int seed)
    {
        CoupleHistory lived = LivedCouple.Live(seed);
        foreach (DateTimeOffset at in LivedCouple.Instants(seed, 3))
        {
            CoupleHistory history = LivedCouple.Until(lived, at);
            yield return (history, GameEngine.Timeline(Shipped, history, AsOf.At(at, history)));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_planned_rest_day_never_breaks_a_streak_and_a_missed_training_day_always_does_unless_frozen(int seed)
    {
        foreach ((CoupleHistory history, CoupleTimeline timeline) in Lived(seed))
        {
            foreach ((PlayerHistory player, IReadOnlyDictionary<DateOnly, DaySummary> days, DateOnly today) in new[]
            {
                (history.Me, timeline.MyDays, timeline.State.Me.AsOf),
                (history.Partner!, timeline.PartnerDays!, timeline.State.Partner!.AsOf),
            })
            {
                foreach (DaySummary day in days.Values.Where(d => d.Day < today && days.ContainsKey(d.Day.AddDays(-1))))
                {
                    DaySummary before = days[day.Day.AddDays(-1)];
                    bool training = player.PlanOn(day.Day, Shipped.DefaultPlan).IsTrainingDay(day.Day);
                    switch (day.Mark)
                    {
                        case DayMark.PlannedRest:
                            Assert.False(training);
                            Assert.Equal((before.StreakAfter, before.FreezesAfter), (day.StreakAfter, day.FreezesAfter));
                            break;
                        case DayMark.Protected or DayMark.Carried:
                            Assert.True(training);
                            Assert.Equal((before.StreakAfter, before.FreezesAfter), (day.StreakAfter, day.FreezesAfter));
                            break;
                        case DayMark.Miss when before.StreakAfter > 0:
                            Assert.True(training);
                            bool frozen = day.StreakAfter == before.StreakAfter && day.FreezesAfter == before.FreezesAfter - 1;
                            bool broken = day.StreakAfter == 0;
                            // Undecided: the partner's day still runs and they might carry it.
                            bool waiting = day.StreakAfter == before.StreakAfter && day.FreezesAfter == before.FreezesAfter;
                            Assert.True(frozen || broken || (waiting && day.Day >= timeline.State.Partner!.AsOf.AddDays(-1)), $"{player.Player.Handle} {day} after {before}");
                            break;
                        case DayMark.CheckIn:
                            Assert.Equal(before.StreakAfter + 1, day.StreakAfter);
                            break;
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_partner_carries_at_most_once_a_week_and_only_a_missed_training_day_they_met_the_quest_on(int seed)
    {
        foreach ((CoupleHistory history, CoupleTimeline timeline) in Lived(seed))
        {
            Assert.All(timeline.Carries.GroupBy(c => IsoWeeks.Monday(c.Day)), week => Assert.True(week.Count() <= Shipped.Rules.CarriesPerWeek));
            foreach (CarriedDay carried in timeline.Carries)
            {
                (PlayerHistory missed, PlayerHistory carrier, IReadOnlyDictionary<DateOnly, DaySummary> days) = carried.MeCarried
                    ? (history.Me, history.Partner!, timeline.MyDays)
                    : (history.Partner!, history.Me, timeline.PartnerDays!);
                Assert.True(missed.PlanOn(carried.Day, Shipped.DefaultPlan).IsTrainingDay(carried.Day));
                Assert.DoesNotContain(missed.Sessions, s => s.Day == carried.Day && s.HasEntries);
                Assert.Contains(carrier.Sessions, s => s.Day == carried.Day && s.HasEntries);
                Assert.Equal(DayMark.Carried, days[carried.Day].Mark);
            }
        }
    }

    [Fact]
    public void The_random_couples_do_meet_carries_beaten_bosses_and_planned_rest_days()
    {
        IEnumerable<CoupleTimeline> all = Enumerable.Range(1, 40).SelectMany(seed => Lived(seed).Select(l => l.Timeline)).ToList();
        Assert.Contains(all, t => t.Carries.Count > 0);
        Assert.Contains(all, t => t.Bosses.Any(b => b.Beaten));
        Assert.Contains(all, t => t.Bosses.Any(b => !b.Beaten));
        Assert.Contains(all, t => t.MyDays.Values.Any(d => d.Mark == DayMark.PlannedRest));
        Assert.Contains(all, t => t.MyDays.Values.Any(d => d.Mark == DayMark.Miss && d.FreezesAfter < t.MyDays.GetValueOrDefault(d.Day.AddDays(-1))?.FreezesAfter));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_boss_hp_comes_from_the_couples_last_four_weeks_and_xp_is_its_damage(int seed)
    {
        foreach ((_, CoupleTimeline timeline) in Lived(seed))
        {
            Dictionary<DateOnly, DuelWeek> weeks = timeline.Weeks.ToDictionary(w => w.Monday);
            int Couple(DateOnly monday) => weeks.TryGetValue(monday, out DuelWeek? w) ? w.MyXp + w.PartnerXp : 0;
            Assert.NotEmpty(timeline.Bosses);
            foreach (BossWeek boss in timeline.Bosses)
            {
                int lastFour = Enumerable.Range(1, 4).Sum(k => Couple(boss.Monday.AddDays(-7 * k)));
                int expected = Math.Max(150, (int)Math.Ceiling(lastFour * 0.6m / 4 / 10) * 10);
                Assert.Equal(expected, boss.Hp);
                Assert.Equal(Couple(boss.Monday), boss.Damage);
                Assert.Equal(BossFight.Of(boss.Monday, Shipped.Bosses), boss.Boss);
            }

            int beaten = timeline.Bosses.Count(b => b.Beaten && timeline.Weeks.Any(w => w.Monday == b.Monday && w.Closed));
            bool first = timeline.State.Me.Achievements.Any(a => a.Id == "first-boss");
            Assert.Equal(beaten > 0, first);
            Assert.Equal(first, timeline.State.Partner!.Achievements.Any(a => a.Id == "first-boss"));
        }
    }
}
