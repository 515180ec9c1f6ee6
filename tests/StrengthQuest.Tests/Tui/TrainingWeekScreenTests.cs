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

    [Fact]
    public void Settings_change_the_training_days_the_reminder_and_its_address_in_one_save()
    {
        using TuiHarness tui = TuiHarness.Couple();
        tui.Press("settings");
        SettingsScreen settings = Assert.IsType<SettingsScreen>(tui.Window.Current);
        Assert.Equal(["Alex", "Europe/Berlin", "4", "mon,tue,wed,thu,fri,sat,sun", "off", ""], settings.Fields.Select(f => f.Text));
        // Every line of the form shows whole: the introduction, each label (its "_" too), the advice under the fields.
        Assert.Contains("New training days count from your next game day.", tui.Screen);
        Assert.Contains("Time zone (e.g. America/New_York)", tui.Screen);
        Assert.Contains("Enter moves on and, on the last field, saves; Esc leaves without saving.", tui.Screen);

        settings.Fields[3].Text = "3";
        settings.Fields[4].Text = "25:00";
        settings.Fields[4].SetFocus();
        tui.Press("next");
        Assert.Equal("\"25:00\" is not a reminder time: give a local time like 18:30, or off.", tui.Window.Message);
        tui.Type("x");
        Assert.Equal("A reminder is a local time like 18:30, or off.", tui.Window.Message);
        Assert.Equal("25:00", settings.Fields[4].Text);

        settings.Fields[4].Text = "18:30";
        tui.Press("next");
        tui.Type("ntfy:alex-legs");
        tui.Press("next");

        ReportScreen report = Assert.IsType<ReportScreen>(tui.Window.Current);
        Assert.Contains("Reminder on training days at 18:30, sent to ntfy:alex-legs.", report.Lines);
        Assert.Contains(report.Lines, l => l.StartsWith("alex trains mon, wed, fri from ", StringComparison.Ordinal));
        (TrainingPlan plan, Reminder reminder) = tui.Game.Training("alex");
        Assert.Equal(("mon,wed,fri", "18:30", "ntfy:alex-legs"), (plan.ToString(), reminder.AtText, reminder.NotifyTo));
        Assert.Equal("Europe/Berlin", tui.Game.Find("alex").TimeZoneId);

        // Opened again, the form shows what was saved (the new plan, though it counts from tomorrow).
        tui.Press("done");
        tui.Press("settings");
        settings = Assert.IsType<SettingsScreen>(tui.Window.Current);
        Assert.Equal(["mon,wed,fri", "18:30", "ntfy:alex-legs"], settings.Fields.Skip(3).Select(f => f.Text));
        for (int field = 0; field < settings.Fields.Count; field++)
        {
            tui.Press("next");
        }

        Assert.Contains("Nothing changed.", Assert.IsType<ReportScreen>(tui.Window.Current).Lines);
    }
}
