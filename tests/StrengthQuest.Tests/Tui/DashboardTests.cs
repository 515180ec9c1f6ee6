using StrengthQuest.Services;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

public class DashboardTests
{
    private static TuiHarness Couple(string now = "2026-11-24T15:00:00Z")
    {
        TuiHarness tui = new(now);
        Seeds.Couple(tui.Game);
        tui.Game.CheckIn("alex", Seeds.Backfilled(new DateOnly(2026, 11, 23), "tibialis-raise=20,20"));
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20", "tibialis-raise=20,20", "patrick-step=20,20"));
        return tui;
    }

    [Fact]
    public void The_dashboard_shows_level_streaks_duel_quest_and_both_partners_check_ins()
    {
        using TuiHarness tui = Couple().Open("alex");
        string screen = tui.Screen;
        Assert.Contains("Level 1", screen);
        Assert.Contains("10/25 XP to level 2", screen);
        Assert.Contains("Streak 1 day", screen);
        Assert.Contains("Co-op with Sam: none yet", screen);
        Assert.Contains("you not yet, Sam ✓", screen);
        Assert.Contains("Duel 2026-W48", screen);
        Assert.Contains("Today's quest", screen);
        Assert.Contains("minutes", screen);
        Assert.Contains("Sam trained now · 3 exercises", screen);
        Assert.Contains("You trained now (for Mon 23 Nov) · 1 exercise", screen);
        Assert.Contains("Check in", screen);
    }

    [Fact]
    public void The_partners_check_in_appears_live_within_a_poll()
    {
        using TuiHarness tui = Couple().Open("alex");
        Assert.DoesNotContain("Sam took a pain-rest day", tui.Screen);

        // Another process (the partner's session) commits to the same file.
        using (Storage.Database.GameDatabase other = Storage.Database.GameDatabase.Open(tui.DatabasePath))
        {
            new Services.GameService(other, tui.Game.Catalog, tui.Clock).CheckIn("sam", new Services.CheckInRequest([], 7, new DateOnly(2026, 11, 23), Rest: true));
        }

        tui.Wait(1);
        Assert.Contains("Sam took a pain-rest day", tui.Screen);
    }

    [Fact]
    public void Times_on_an_open_dashboard_move_on_without_any_write()
    {
        using TuiHarness tui = Couple().Open("alex");
        Assert.Contains("Sam trained now", tui.Screen);

        tui.Clock.Advance(TimeSpan.FromHours(2));
        tui.Wait(1);
        Assert.Contains("Sam trained 2 hours ago", tui.Screen);
        Assert.DoesNotContain("Sam trained now", tui.Screen);
    }

    [Fact]
    public void An_idle_dashboard_draws_nothing_until_something_changes()
    {
        using TuiHarness tui = Couple().Open("alex");
        int draws = 0;
        tui.Window.DrawComplete += (_, _) => draws++;

        // Seconds pass on both clocks; Sam's check-in a few seconds ago still reads "now".
        for (int second = 0; second < 15; second++)
        {
            tui.Clock.Advance(TimeSpan.FromSeconds(1));
            tui.Wait(1);
        }

        Assert.Equal(0, draws);
        Assert.Contains("Sam trained now", tui.Screen);

        tui.Clock.Advance(TimeSpan.FromHours(1));
        tui.Wait(1);
        Assert.True(draws > 0, "the dashboard did not redraw when its times moved on");
    }

    [Fact]
    public void A_new_game_day_begins_on_an_open_dashboard_at_the_players_day_start()
    {
        // Alex plays in Berlin with the day starting at 04:00: 03:00Z on the 25th is 04:00 there.
        using TuiHarness tui = Couple().Open("alex");
        Assert.Contains("Tue 24 Nov", tui.Screen);

        tui.Clock.Advance(new DateTimeOffset(2026, 11, 25, 2, 59, 0, TimeSpan.Zero) - tui.Clock.GetUtcNow());
        tui.Wait(1);
        Assert.Contains("Tue 24 Nov", tui.Screen);

        tui.Clock.Advance(TimeSpan.FromMinutes(1));
        tui.Wait(1);
        Assert.Contains("Wed 25 Nov", tui.Screen);
        Assert.Equal(new DateOnly(2026, 11, 25), tui.Session.View!.Today);
    }

    [Fact]
    public void Esc_on_the_dashboard_never_quits_and_q_does()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press(Key.Esc);
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.False(tui.Window.QuitRequested);
        tui.Press("quit");
        Assert.True(tui.Window.QuitRequested);
    }

    [Fact]
    public void Control_characters_in_names_never_reach_the_screen()
    {
        using TuiHarness tui = Couple();
        using (Microsoft.Data.Sqlite.SqliteConnection c = new($"Data Source={tui.DatabasePath};Pooling=False"))
        {
            c.Open();
            using Microsoft.Data.Sqlite.SqliteCommand command = c.CreateCommand();
            command.CommandText = "UPDATE players SET name = 'Sam' || char(27) || '[2J' || char(7) || 'X' WHERE handle = 'sam'";
            command.ExecuteNonQuery();
        }

        tui.Open("alex");
        Assert.Contains("Co-op with Sam[2JX", tui.Screen);
        Assert.DoesNotContain('\u001b', tui.Screen);
        Assert.DoesNotContain('\u0007', tui.Screen);
    }

    [Fact]
    public void Names_show_as_typed_underscores_included()
    {
        using TuiHarness tui = new("2026-11-24T15:00:00Z");
        tui.Game.Onboard(new NewPlayer("alex", "Alex_B", "Europe/Berlin", 4), new NewPlayer("sam", "_Sam_", "America/New_York", 4));
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));

        tui.Open("alex");
        Assert.Contains("Co-op with _Sam_: none yet", tui.Screen);
        Assert.Contains("_Sam_ trained now", tui.Screen);
        Assert.Contains("StrengthQuest — Alex_B", tui.Screen);
    }

    [Fact]
    public void Below_80_by_24_a_notice_asks_for_a_larger_window_and_the_game_comes_back_when_it_grows()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.App.Driver!.SetScreenSize(70, 20);
        tui.Draw();
        Assert.True(tui.Window.IsTooSmall);
        Assert.Contains("make it larger", tui.Screen);
        Assert.Contains("70×20", tui.Screen);
        Assert.DoesNotContain("Today's quest", tui.Screen);
        tui.Press(Key.C);
        Assert.IsType<DashboardScreen>(tui.Window.Current);

        tui.App.Driver.SetScreenSize(100, 30);
        tui.Draw();
        Assert.False(tui.Window.IsTooSmall);
        Assert.Contains("Today's quest", tui.Screen);
    }

    [Fact]
    public void Help_lists_every_binding_from_the_screens_own_tables()
    {
        using TuiHarness tui = Couple().Open("alex");
        Binding[] dashboard = [.. tui.Window.Current.Bindings];
        tui.Press("help");
        Assert.IsType<HelpScreen>(tui.Window.Current);
        string all = string.Join("\n", HelpScreen.Lines());
        foreach (Binding b in dashboard)
        {
            Assert.Contains(b.Help, all);
        }

        foreach (KeyRow row in GameWindow.EverywhereKeys.Rows)
        {
            Assert.Contains(row.Help, all);
        }

        Assert.Contains("Check-in", all);
        Assert.Contains("Start the countdown of a timed level", all);
        Assert.Contains("Everywhere", tui.Screen);
        tui.Press("back");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
    }

    [Fact]
    public void With_several_players_and_none_named_a_picker_chooses()
    {
        using TuiHarness tui = Couple().Open();
        Assert.IsType<PickerScreen>(tui.Window.Current);
        Assert.Contains("Who is playing?", tui.Screen);
        tui.Press("down");
        tui.Press("choose");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("StrengthQuest — Sam", tui.Screen);
    }

    [Fact]
    public void A_locked_session_cannot_become_another_player()
    {
        using TuiHarness tui = Couple().Open("alex", locked: true);
        Assert.Throws<InvalidOperationException>(() => tui.Session.Choose("sam"));
        Assert.Equal("alex", tui.Session.Handle);
    }
}
