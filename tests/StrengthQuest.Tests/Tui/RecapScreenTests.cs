using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>The weekly recap screen: by itself once after a week ends, one key away after that, fitting 80×24 and 120×40.</summary>
public class RecapScreenTests
{
    /// <summary>A week 48 of both partners (Alex in Berlin, Sam in New York), then the Tuesday after it.</summary>
    private static TuiHarness LastWeek(int width = 80, int height = 24)
    {
        TuiHarness tui = new("2026-11-23T13:00:00Z", width, height);
        Seeds.Couple(tui.Game);
        for (int day = 0; day < 7; day++)
        {
            tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise=20,20", "calf-raise=20,20/2", "soleus-raise=20,20"));
            if (day % 3 != 1)
            {
                tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20/1"));
            }

            tui.Clock.Advance(TimeSpan.FromDays(1));
        }

        tui.Clock.Advance(TimeSpan.FromDays(1));
        return tui;
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Last_weeks_recap_shows_by_itself_once_and_fits_the_window(int width, int height)
    {
        using TuiHarness tui = LastWeek(width, height).Open("alex", recapSeen: false);
        RecapScreen recap = Assert.IsType<RecapScreen>(tui.Window.Current);
        Assert.Equal("2026-W48", recap.Recap!.Week);
        string screen = tui.Screen;
        Assert.Contains("Week 2026-W48", screen);
        Assert.Contains("XP per day", screen);
        Assert.Contains("Sun", screen);
        Assert.Contains("█", screen);
        Assert.Contains("Pain, Mon–Sun", screen);
        Assert.Contains("Boss:", screen);
        Assert.Contains("Crown: yours", screen);
        Assert.Contains("Streaks at the week's end: you 7 days", screen);
        tui.Press("back");
        Assert.IsType<DashboardScreen>(tui.Window.Current);

        // The next time the game opens, the dashboard comes first; the recap is one key away.
        tui.Window.Dispose();
        tui.Open("alex", recapSeen: false);
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        tui.Press("recap");
        Assert.IsType<RecapScreen>(tui.Window.Current);
        Assert.Contains("Week 2026-W48", tui.Screen);
    }

    [Theory]
    [InlineData("Wolfgang Amadeus Theophilus Mozartissimo")]
    [InlineData("界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界界")]
    public void A_partner_with_the_longest_name_leaves_the_boss_and_the_streaks_on_screen(string name)
    {
        using TuiHarness tui = LastWeek();
        tui.Game.ChangePlayer("sam", new(name, null, null));
        tui.Open("alex", recapSeen: false);
        Assert.IsType<RecapScreen>(tui.Window.Current);
        Assert.Contains("Boss:", tui.Screen);
        Assert.Contains("Streaks at the week's end: you 7 days", tui.Screen);
        Assert.All(StrengthQuest.Cli.Text.RecapText.Lines(((RecapScreen)tui.Window.Current).Recap!, tui.Game.Catalog), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void Arrows_move_a_week_but_not_past_this_one()
    {
        using TuiHarness tui = LastWeek().Open("alex");
        tui.Press("recap");
        RecapScreen recap = Assert.IsType<RecapScreen>(tui.Window.Current);
        tui.Press("week-after");
        Assert.Equal("2026-W49", recap.Recap!.Week);
        tui.Press("week-after");
        Assert.Equal("2026-W49", recap.Recap!.Week);
        tui.Press("week-before");
        tui.Press("week-before");
        Assert.Equal("2026-W47", recap.Recap!.Week);
        Assert.Contains("Sessions: you 0 sessions", tui.Screen);
    }

    [Fact]
    public void The_recap_draws_its_charts_in_block_characters_within_80_columns()
    {
        using TuiHarness tui = LastWeek().Open("alex");
        tui.Press("recap");
        string[] lines = tui.Screen.Split('\n');
        Assert.Contains(lines, l => l.Contains("Mon", StringComparison.Ordinal) && l.Contains('█', StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.TrimEnd().Length <= 80, l));
    }
}
