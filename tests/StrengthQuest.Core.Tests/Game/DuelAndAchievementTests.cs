using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

public class DuelAndAchievementTests
{
    [Fact]
    public void The_partner_with_more_xp_in_a_finished_week_takes_the_crown()
    {
        // Week 47 (16–22 Nov): Alex trains twice, Sam once. Week 48 is still running.
        HistoryBuilder alex = new HistoryBuilder(Alex).Train(D("2026-11-16"), "tibialis-raise:1=20,20").Train(D("2026-11-18"), "tibialis-raise:1=20,20").Train(D("2026-11-23"), "tibialis-raise:1=20,20");
        HistoryBuilder sam = new HistoryBuilder(Sam).Train(D("2026-11-17"), "tibialis-raise:1=20,20").TrainDays(D("2026-11-23"), D("2026-11-24"), "calf-raise:1=20,20");

        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), sam.Build()), D("2026-11-24"));

        Assert.Equal((1, 0), (state.Duel!.MyCrowns, state.Duel.PartnerCrowns));
        Assert.Equal("2026-W48", state.Duel.ThisWeek.Week);
        Assert.Equal(13, state.Duel.ThisWeek.MyXp);
        Assert.Equal(23, state.Duel.ThisWeek.PartnerXp);
        Assert.Contains(state.Me.Achievements, a => a.Id == "first-crown" && a.Day == D("2026-11-22"));
        Assert.DoesNotContain(state.Partner!.Achievements, a => a.Id == "first-crown");
    }

    [Fact]
    public void A_tie_crowns_both_and_an_empty_week_crowns_no_one()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).Train(D("2026-11-16"), "tibialis-raise:1=20,20");
        HistoryBuilder sam = new HistoryBuilder(Sam).Train(D("2026-11-20"), "calf-raise:1=20,20");

        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), sam.Build()), D("2026-12-10"));

        Assert.Equal((1, 1), (state.Duel!.MyCrowns, state.Duel.PartnerCrowns));
    }

    [Fact]
    public void The_week_is_not_decided_before_its_sunday_is_over()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex).Train(D("2026-11-16"), "tibialis-raise:1=20,20");
        HistoryBuilder sam = new(Sam);
        CoupleHistory history = new(alex.Build(), sam.Build());
        Assert.Equal(0, GameEngine.Evaluate(Shipped, history, D("2026-11-22")).Duel!.MyCrowns);
        Assert.Equal(1, GameEngine.Evaluate(Shipped, history, D("2026-11-23")).Duel!.MyCrowns);
    }

    [Fact]
    public void Achievements_carry_the_day_they_were_earned()
    {
        HistoryBuilder alex = new HistoryBuilder(Alex)
            .TrainDays(D("2026-11-01"), D("2026-11-07"), "tibialis-raise:1=20,20")
            .Train(D("2026-11-08"), "tibialis-raise:2=25,25");

        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), null), D("2026-11-08"));

        Assert.Equal(
            [("first-session", D("2026-11-01")), ("first-unlock", D("2026-11-03")), ("streak-7", D("2026-11-07"))],
            state.Me.Achievements.Select(a => (a.Id, a.Day)));
    }

    [Fact]
    public void Reaching_the_top_of_a_ladder_is_an_achievement()
    {
        HistoryBuilder alex = new(Alex);
        DateOnly day = D("2026-10-01");
        for (int level = 1; level <= 3; level++)
        {
            for (int i = 0; i < 3; i++, day = day.AddDays(1))
            {
                alex.Train(day, $"soleus-raise:{level}=20,20");
            }
        }

        CoupleState state = GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Build(), null), day);
        Assert.Equal(3, state.Me.Ladder("soleus-raise")!.Unlocked);
        Assert.Contains(state.Me.Achievements, a => a.Id == "top-level" && a.Day == D("2026-10-06"));
    }
}
