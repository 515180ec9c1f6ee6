using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>The training week on the screens: a rest day's flow, the boss with its HP bar, a carried day.</summary>
public class TrainingWeekScreenTests
{
    [Fact]
    public void A_rest_day_offers_the_mobility_flow_and_the_boss_shows_with_an_hp_bar()
    {
        // Tuesday 24 November: a rest day for a Monday-Wednesday-Friday plan.
        using TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        tui.Game.SetTraining("alex", TrainingPlan.Parse("3", out _), null, null);
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20", "tibialis-raise=20,20"));
        tui.Open("alex");

        Assert.Contains("Rest day — a short mobility flow if you like", tui.Screen);
        Assert.True(tui.Session.Quest!.Mobility);
        Assert.Contains("Boss of 2026-W48:", tui.Screen);
        Assert.Contains("of 150 HP", tui.Screen);

        tui.Press("couple");
        Assert.IsType<CoupleScreen>(tui.Window.Current);
        Assert.Contains("HP ████", tui.Screen);
        Assert.Contains("░", tui.Screen);
    }

    [Fact]
    public void The_history_screen_says_who_carried_a_missed_day()
    {
        // Alex does the whole quest on Wednesday 25th; Sam, who trained Monday and Tuesday, misses it.
        using TuiHarness tui = new("2026-11-23T15:00:00Z");
        Seeds.Couple(tui.Game);
        for (int day = 0; day < 3; day++)
        {
            QuestPlan quest = tui.Game.Quest("alex");
            tui.Game.CheckIn("alex", Seeds.Entries([.. quest.Items.Select(i => $"{i.Ladder.Id}:{i.Level.Number}={string.Join(",", Enumerable.Repeat(i.Level.Amount, i.Level.Sets))}")]));
            if (day < 2)
            {
                tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
            }

            tui.Clock.Advance(TimeSpan.FromDays(1));
        }

        tui.Open("sam");
        tui.Press("history");
        tui.Press("day-before");
        Assert.Contains("Wednesday 25 November 2026:", tui.Screen);
        Assert.Contains("You: carried by Alex", tui.Screen);
        Assert.Equal(2, tui.Game.Load("sam").State.Me.Streak.Current);
    }
}
