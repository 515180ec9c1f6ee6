using Microsoft.Data.Sqlite;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

public class CheckInFlowTests
{
    private static TuiHarness Solo(string now = "2026-11-24T15:00:00Z") => TuiHarness.Solo(now);

    private static long Count(TuiHarness tui, string sql)
    {
        using SqliteConnection c = new($"Data Source={tui.DatabasePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void The_whole_quest_with_enter_for_every_target_saves_once_and_ends_on_the_summary()
    {
        using TuiHarness tui = Solo();
        int exercises = tui.Session.Quest!.Items.Count;
        tui.Press("check-in");
        CheckInScreen screen = Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Contains($"Exercise 1 of {exercises}", tui.Screen);
        Assert.Contains("Target", tui.Screen);

        while (tui.Window.Current is CheckInScreen)
        {
            if (screen.Draft.Step == DraftStep.Pain)
            {
                Assert.Contains("0–3 safe", tui.Screen);
                tui.Type("1");
            }

            Assert.Equal(0, Count(tui, "SELECT count(*) FROM sessions"));
            tui.Press("record");
        }

        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.Contains($"Checked in for today: {exercises} exercises", tui.Screen);
        Assert.Matches(@"\+\d+ XP \(base \d+, streak bonus 0, co-op bonus 0\)", tui.Screen);
        Assert.Contains("Achievement: First session!", tui.Screen);
        Assert.Equal(1, Count(tui, "SELECT count(*) FROM sessions"));
        Assert.Equal(exercises, Count(tui, "SELECT count(*) FROM entries WHERE pain = 1"));

        tui.Press("done");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Streak 1 day", tui.Screen);
        Assert.Contains("checked in today ✓", tui.Screen);
    }

    [Fact]
    public void Typed_amounts_loads_an_easier_level_and_a_skip_are_what_gets_saved()
    {
        using TuiHarness tui = Solo();
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        string first = screen.Draft.Current.Ladder.Id;
        tui.Press("harder");
        Assert.Contains("still locked", tui.Window.Message);
        tui.Type("12@7.5");
        Assert.Contains("> 12@7.5_", tui.Screen);
        tui.Press("record");
        if (screen.Draft.Step == DraftStep.Sets)
        {
            Assert.Contains("Rest 0:45", tui.Screen);
            tui.Wait(2);
            Assert.Contains("Rest 0:43", tui.Screen);
            tui.Press("next");
        }

        tui.Type("3");
        tui.Press("record");
        tui.Press("skip");
        tui.Press("finish");

        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.Equal(1, Count(tui, "SELECT count(*) FROM entries"));
        Assert.Equal(1, Count(tui, $"SELECT count(*) FROM entries WHERE ladder = '{first}' AND sets = '12@7.5' AND pain = 3"));
    }

    [Fact]
    public void A_timed_level_runs_its_countdown_and_records_the_hold()
    {
        // Find a day whose quest has a level measured in seconds, from the rules themselves.
        GameCatalog catalog = Storage.Catalog.CatalogLoader.LoadBuiltIn();
        DateOnly day = new(2026, 11, 24);
        while (!TodaysQuest.Plan(catalog, _ => 1, day).Items.Any(i => i.Level.Measure == Measure.Seconds))
        {
            day = day.AddDays(1);
        }

        using TuiHarness tui = Solo($"{day:yyyy-MM-dd}T15:00:00Z");
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        while (!screen.Draft.Current.IsTimed)
        {
            tui.Press("skip");
        }

        int target = screen.Draft.Current.At.Amount;
        tui.Press("timer");
        Assert.Contains($"Hold! 0:{target:00} left", tui.Screen.Replace("1:00", "0:60", StringComparison.Ordinal));
        tui.Wait(3);
        Assert.Contains($"left of {target} s", tui.Screen);
        tui.Wait(target - 3);
        Assert.Contains($"Sets done: {target}", tui.Screen);
        Assert.Contains("Rest 0:45", tui.Screen);
    }

    [Fact]
    public void Leaving_midway_keeps_the_check_in_and_discarding_asks_first_and_writes_no_session()
    {
        using TuiHarness tui = Solo();
        tui.Press("check-in");
        tui.Press("back");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.False(tui.Session.HasDraft);

        tui.Press("check-in");
        tui.Press("record");
        tui.Press("back");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Your check-in is kept", tui.Window.Message);
        Assert.Contains("Resume your check-in from 15:00 — 1 exercise done", tui.Screen);

        tui.Press("resume");
        Assert.Single(((CheckInScreen)tui.Window.Current).Draft.Current.Sets);
        tui.Press("discard");
        Assert.Contains("Discard this check-in?", tui.Window.Message);
        tui.Press("no");
        Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Single(((CheckInScreen)tui.Window.Current).Draft.Current.Sets);

        tui.Press("discard");
        tui.Press("yes");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("nothing was saved", tui.Window.Message);
        Assert.DoesNotContain("Resume your check-in", tui.Screen);
        Assert.Equal(0, Count(tui, "SELECT count(*) FROM sessions"));
        Assert.Equal(0, Count(tui, "SELECT count(*) FROM drafts"));
    }

    [Fact]
    public void A_pain_rest_day_is_one_key_away()
    {
        using TuiHarness tui = Solo();
        tui.Press("pain-rest");
        Assert.Contains("How bad is the pain", tui.Screen);
        tui.Type("4");
        tui.Press("record");
        Assert.Contains("pain-rest day is for pain of 6 or more", tui.Window.Message);
        Assert.Equal(0, Count(tui, "SELECT count(*) FROM sessions"));

        tui.Press(Terminal.Gui.Input.Key.Backspace);
        tui.Type("7");
        tui.Press("record");
        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.Contains("Pain-rest day recorded for today (pain 7)", tui.Screen);
        Assert.Equal(1, Count(tui, "SELECT count(*) FROM sessions WHERE rest_pain = 7"));
    }
}
