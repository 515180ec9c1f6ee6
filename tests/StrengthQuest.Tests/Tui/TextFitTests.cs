using System.Text.RegularExpressions;
using StrengthQuest.Cli.Text;
using StrengthQuest.Services;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>Text that fits: long lines wrap, long names give way, and no number reads oddly.</summary>
public partial class TextFitTests
{
    private const string Forty = "Maximiliana Alexandrina von Hohenzollern";

    /// <summary>The screen's rows run together, as a reader would read wrapped text.</summary>
    private static string Flat(string screen) => Spaces().Replace(screen, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string[] Rows(TuiHarness tui) => tui.Screen.TrimEnd('\n').Split('\n');

    [Fact]
    public void The_clinician_warning_on_a_rest_day_summary_wraps_to_its_end_at_80_columns()
    {
        using TuiHarness tui = TuiHarness.Solo();
        tui.Press("pain-rest");
        tui.Type("7");
        tui.Press("record");
        Assert.IsType<SummaryScreen>(tui.Window.Current);
        string clinician = tui.Game.Catalog.PainGuide.Clinician;
        Assert.True(clinician.Length > 78);
        Assert.Contains(clinician, Flat(tui.Screen));
        Assert.Contains("cannot bear weight, or comes with fever, constant pain or night pain.", Flat(tui.Screen));
    }

    [Fact]
    public void Pain_guard_advice_on_the_summary_wraps_to_its_end_at_80_columns()
    {
        using TuiHarness tui = TuiHarness.Solo();
        tui.Press("check-in");
        tui.Press("record");
        tui.Type("7");
        tui.Press("record");
        tui.Press("finish");
        Assert.IsType<SummaryScreen>(tui.Window.Current);
        string advice = Flat(tui.Screen);
        Assert.Matches(@"Pain guard: Pain above 5 on [A-Za-z ]+: stop for today\. It cools down to level 1, and nothing unlocks until 2 entries in a row at pain 3 or less\.", advice);
        Assert.All(Rows(tui), row => Assert.True(row.TrimEnd().Length <= 80, row));
    }

    [Fact]
    public void A_forty_character_name_never_pushes_today_or_the_crowns_off_the_dashboard()
    {
        using TuiHarness tui = new("2026-11-24T15:00:00Z");
        Assert.Equal(40, Forty.Length);
        tui.Game.Onboard(new NewPlayer("alex", Forty, "Europe/Berlin", 4), new NewPlayer("sam", Forty.ToUpperInvariant(), "America/New_York", 4));
        tui.Game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
        tui.Game.Nudge("sam");
        tui.Game.Entered("sam");
        tui.Open("alex");

        string[] rows = Rows(tui);
        string coop = rows.Single(r => r.Contains("Co-op with", StringComparison.Ordinal));
        Assert.EndsWith("today you not yet, MAXIMILIANA ALE… ✓", coop.TrimEnd());
        string duel = rows.Single(r => r.Contains("Duel 2026-W48", StringComparison.Ordinal));
        Assert.Contains("crowns 0–0 · ", duel);
        Assert.EndsWith("is playing now", duel.TrimEnd());
        Assert.Contains(rows, r => r.TrimEnd().EndsWith("nudged you: the co-op streak needs you today «", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("trained now · 1 exercise", StringComparison.Ordinal));
        Assert.Contains($"StrengthQuest — {Forty} · Tue 24 Nov", tui.Screen);
        Assert.All(rows, row => Assert.True(row.TrimEnd().Length <= 80, row));

        // The couple screen and the history too.
        tui.Press("couple");
        Assert.Contains("Crowns: you 0 · ", tui.Screen);
        Assert.Contains(Rows(tui), r => r.TrimEnd().EndsWith("leads by 10", StringComparison.Ordinal));
        tui.Press("back");
        tui.Press("history");
        Assert.Contains(Rows(tui), r => r.TrimEnd().EndsWith("◆ picked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_longer_than_a_row_wraps_to_its_end_above_the_key_bar()
    {
        using TuiHarness tui = TuiHarness.Solo();
        tui.Game.CheckIn("kim", Seeds.Entries("calf-raise=20,20"));
        tui.Press("pain-rest");
        tui.Type("7");
        tui.Press("record");
        Assert.True(tui.Window.Message.Length > 80);
        Assert.Contains(tui.Window.Message, Flat(tui.Screen));
        Assert.Contains("Save", Rows(tui)[^1]);
    }

    [Fact]
    public void A_label_shows_its_underscore_as_typed_so_the_zone_example_is_one_that_works()
    {
        using TuiHarness tui = TuiHarness.Solo();
        tui.Press("settings");
        Assert.Contains("America/New_York", tui.Screen);
        // The key advice under the fields leaves the introduction whole.
        Assert.Contains("New training days count from your next game day.", tui.Screen);
    }

    [Fact]
    public void A_fresh_couple_has_no_streak_yet_rather_than_zero_days()
    {
        using TuiHarness tui = TuiHarness.Couple();
        Assert.Contains("Streak none yet · no freezes · not checked in today", tui.Screen);
        Assert.Contains("Co-op with Sam: none yet · today", tui.Screen);
        tui.Press("couple");
        Assert.Contains("Co-op streak     none yet · no shared freezes", tui.Screen);
        Assert.DoesNotMatch(@"\b0[ -]days?\b", tui.Screen);
        Assert.DoesNotContain("longest 0", tui.Screen);

        Assert.Equal("No co-op streak yet — neither of you has trained today", ShortStatus.Line(tui.Game.Load("alex"), tui.Clock.GetUtcNow()));
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        Assert.Equal("No streak yet — you haven't trained today yet", ShortStatus.Line(tui.Game.Load("kim"), tui.Clock.GetUtcNow()));
    }

    [Fact]
    public void The_short_status_of_the_command_line_says_there_is_no_streak_yet()
    {
        using Support.Cli cli = new();
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "UTC").ExitCode);
        Assert.Equal(0, cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "UTC").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        Assert.Equal("No co-op streak yet — neither of you has trained today", cli.Run("status", "--player", "alex", "--short").Out.Trim());
        Assert.DoesNotContain("0 days", cli.Run("status", "--player", "alex").Out);
    }

    [Fact]
    public void A_second_nudge_says_when_the_next_can_go_never_zero_minutes_ago()
    {
        using TuiHarness tui = TuiHarness.Couple();
        tui.Press("nudge");
        tui.Press("nudge");
        Assert.Equal("You nudged Sam less than an hour ago; you can nudge again in an hour.", tui.Window.Message);
        tui.Clock.Advance(TimeSpan.FromMinutes(3));
        tui.Press("nudge");
        Assert.Equal("You nudged Sam less than an hour ago; you can nudge again in 57 minutes.", tui.Window.Message);
    }

    [Theory]
    [InlineData(35, "+35 XP")]
    [InlineData(-35, "-35 XP")]
    [InlineData(0, "no XP")]
    public void Xp_won_or_lost_carries_one_sign(int xp, string expected) => Assert.Equal(expected, Humane.Xp(xp));

    [Theory]
    [InlineData(0, 0, "none yet")]
    [InlineData(0, 4, "none now · longest 4")]
    [InlineData(1, 4, "1 day · longest 4")]
    public void A_streak_is_never_zero_days(int current, int longest, string expected) => Assert.Equal(expected, Humane.Run(current, longest));
}
