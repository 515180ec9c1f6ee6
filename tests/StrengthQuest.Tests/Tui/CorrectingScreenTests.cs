using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>Check-in freedom and correcting from the screens: the day, swaps and additions, undo, edit, delete, settings, unlink.</summary>
public class CorrectingScreenTests
{
    private static TuiHarness Couple()
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        return tui;
    }

    private static string Saved(TuiHarness tui, string where = "1 = 1") => string.Join(
        " ",
        Sqlite.Column(tui.DatabasePath, $"SELECT e.ladder || ':' || e.level || '=' || e.sets FROM entries e JOIN sessions s ON s.id = e.session_id WHERE {where} ORDER BY e.session_id, e.position"));

    [Fact]
    public void A_check_in_for_yesterday_from_the_game_is_marked_backfilled_and_the_day_stays_in_the_window()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press("check-in");
        tui.Press("earlier-day");
        Assert.Contains("For yesterday (backfilled)", tui.Screen);
        Assert.Contains("Mon 23 Nov (backfill)", tui.Window.Heading);
        tui.Press("earlier-day");
        tui.Press("earlier-day");
        tui.Press("earlier-day");
        Assert.Contains("backfilled up to 3 game days", tui.Window.Message);
        Assert.Contains("Sat 21 Nov", tui.Window.Heading);
        tui.Press("later-day");
        tui.Press("later-day");
        Assert.Contains("For yesterday", tui.Screen);

        tui.Press("record");
        tui.Press("finish");
        Assert.Contains("Checked in for yesterday (backfilled)", tui.Screen);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions WHERE game_day = '2026-11-23' AND backfilled = 1"));
    }

    [Fact]
    public void Any_exercise_can_be_swapped_for_another_open_ladder_and_one_not_proposed_added()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        string[] proposed = [.. screen.Draft.Exercises.Select(e => e.Ladder.Id)];
        string other = tui.Game.Catalog.Ladders.First(l => !proposed.Contains(l.Id)).Id;

        tui.Press("swap");
        Assert.Contains("Swap Backward walk for another ladder:", tui.Screen);
        Assert.DoesNotContain(proposed[1], string.Join(" ", ((CheckInScreen)tui.Window.Current).Draft.OtherLadders(tui.Game.Catalog).Select(l => l.Id)));
        tui.Press(Key.Esc);
        Assert.Equal(proposed[0], screen.Draft.Current.Ladder.Id);
        Assert.IsType<CheckInScreen>(tui.Window.Current);

        tui.Press("swap");
        tui.Press("choose");
        Assert.Equal(other, screen.Draft.Current.Ladder.Id);
        Assert.Contains($"Swapped in {tui.Game.Catalog.Find(other)!.Name}", tui.Window.Message);
        tui.Press("record");

        tui.Press("add");
        tui.Press("down");
        string added = ((CheckInScreen)tui.Window.Current).Draft.OtherLadders(tui.Game.Catalog).ElementAt(1).Id;
        tui.Press("choose");
        Assert.Equal(added, screen.Draft.Exercises[1].Ladder.Id);
        Assert.Equal(proposed.Length + 1, screen.Draft.Exercises.Count);

        tui.Press("finish");
        Assert.StartsWith($"{other}:1=", Saved(tui));
        Assert.DoesNotContain(proposed[0], Saved(tui));
    }

    [Fact]
    public void A_typo_is_taken_back_before_saving_and_going_back_to_an_exercise_fixes_it()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press("check-in");
        tui.Press("skip");
        tui.Type("200");
        tui.Press("record");
        Assert.Equal("200 reps? Enter to keep, Esc to change.", tui.Window.Message);
        tui.Press("keep-set"); // kept by a hasty Enter: x still takes it back
        tui.Press("take-back");
        tui.Type("20");
        tui.Press("record");
        tui.Press("record");
        tui.Type("1");
        tui.Press("record");
        tui.Press("previous-exercise");
        Assert.Contains("Tibialis raise", tui.Screen);
        tui.Press("take-back");
        tui.Type("19");
        tui.Press("record");
        tui.Press("record"); // Enter on the pain keeps the pain given
        tui.Press("finish");
        Assert.Equal("tibialis-raise:1=20,19", Saved(tui));
        Assert.Equal(1, tui.Count("SELECT pain FROM entries"));
    }

    [Fact]
    public void Undo_on_the_summary_asks_then_takes_the_check_in_back()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press("check-in");
        tui.Press("record");
        tui.Press("finish");
        Assert.IsType<SummaryScreen>(tui.Window.Current);

        tui.Press("undo");
        Assert.Contains("Undo this check-in?", tui.Window.Message);
        tui.Press(Key.Esc);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions"));

        tui.Press("undo");
        tui.Press("yes");
        ReportScreen report = Assert.IsType<ReportScreen>(tui.Window.Current);
        Assert.Contains("Deleted the check-in of today (1 exercise).", report.Lines);
        Assert.Contains(report.Lines, l => l.StartsWith("XP: ", StringComparison.Ordinal) && l.Contains("(−", StringComparison.Ordinal));
        Assert.Equal(0, tui.Count("SELECT count(*) FROM sessions"));
        tui.Press("done");
        Assert.Contains("not checked in today", tui.Screen);
    }

    [Fact]
    public void On_the_history_screen_a_session_in_the_window_is_corrected_and_the_partner_sees_it_live()
    {
        using TuiHarness tui = Couple();
        tui.Game.CheckIn("alex", Seeds.Backfilled(new DateOnly(2026, 11, 23), "tibialis-raise:1=10"));
        tui.Open("alex");
        using TuiHarness sam = tui.Connect();
        sam.Open("sam");
        Assert.Contains("Alex trained", sam.Screen);
        long typo = tui.Game.Load("alex").State.Me.TotalXp;
        Assert.Contains($"Alex {typo} XP", sam.Screen);

        tui.Press("history");
        tui.Press("day-before");
        tui.Press("edit");
        CheckInScreen edit = Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Contains("Correcting", tui.Window.Heading);
        Assert.Contains("Sets done: 10", tui.Screen);
        tui.Press("take-back");
        tui.Type("20");
        tui.Press("record");
        tui.Press("record");
        Assert.Equal(1, tui.Count("SELECT count(*) FROM drafts"));
        tui.Press("finish");

        ReportScreen report = Assert.IsType<ReportScreen>(tui.Window.Current);
        Assert.StartsWith("Changed the check-in of yesterday: now 1 exercise.", report.Lines[0]);
        Assert.Equal("tibialis-raise:1=20,20", Saved(tui));
        Assert.Equal(0, tui.Count("SELECT count(*) FROM drafts"));
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions"));

        // Sam's open game hears of the change within a poll: Alex's XP in the duel moves.
        long fixedUp = tui.Game.Load("alex").State.Me.TotalXp;
        Assert.True(fixedUp > typo);
        sam.Wait(1);
        Assert.Contains($"Alex {fixedUp} XP", sam.Screen);
    }

    [Fact]
    public void A_session_is_deleted_after_a_confirm_and_an_old_one_says_why_not()
    {
        using TuiHarness tui = Couple();
        tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise=20,20"));
        tui.Clock.Advance(TimeSpan.FromDays(4));
        tui.Game.CheckIn("alex", Seeds.Entries("calf-raise=20,20"));
        tui.Open("alex");
        tui.Press("history");
        tui.Press("delete");
        Assert.Contains("Delete your check-in (1 exercise) of Sat 28 Nov?", tui.Window.Message);
        tui.Press("no");
        Assert.Equal(2, tui.Count("SELECT count(*) FROM sessions"));
        tui.Press("delete");
        tui.Press("yes");
        Assert.IsType<ReportScreen>(tui.Window.Current);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions"));

        tui.Press("done");
        tui.Press("history");
        foreach (int _ in Enumerable.Range(0, 4))
        {
            tui.Press("day-before");
        }

        Assert.Equal(new DateOnly(2026, 11, 24), ((HistoryScreen)tui.Window.Current).PickedDay);
        tui.Press("delete");
        Assert.Contains("is settled", tui.Window.Message);
        tui.Press("edit");
        Assert.Contains("is settled", tui.Window.Message);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void Settings_change_the_zone_and_say_what_it_did_to_the_day()
    {
        using TuiHarness tui = Couple().Open("alex");
        tui.Press("settings");
        SettingsScreen settings = Assert.IsType<SettingsScreen>(tui.Window.Current);
        Assert.Equal("Europe/Berlin", settings.Fields[1].Text);
        tui.Press("next");
        settings.Fields[1].Text = "";
        tui.Type("Mars/Base");
        tui.Press("next");
        Assert.Contains("not a time zone known here", tui.Window.Message);
        Assert.True(settings.Fields[1].HasFocus, "a refused field keeps the focus");
        Assert.Equal("Europe/Berlin", tui.Game.Find("alex").TimeZoneId);

        settings.Fields[1].Text = "America/New_York";
        for (int field = 1; field < settings.Fields.Count; field++)
        {
            tui.Press("next");
        }

        ReportScreen report = Assert.IsType<ReportScreen>(tui.Window.Current);
        Assert.Contains("Time zone: America/New_York (was Europe/Berlin).", report.Lines);
        Assert.Equal("America/New_York", tui.Game.Find("alex").TimeZoneId);
        tui.Press("done");
        Assert.Contains("Tue 24 Nov", tui.Window.Heading);
    }

    [Fact]
    public void Unlinking_from_the_couple_screen_asks_first_and_keeps_the_history()
    {
        using TuiHarness tui = Couple();
        tui.Game.CheckIn("alex", Seeds.Entries("tibialis-raise=20,20"));
        tui.Open("alex");
        tui.Press("couple");
        tui.Press("unlink");
        Assert.Contains("Unlink from Sam?", tui.Window.Message);
        tui.Press(Key.Esc);
        Assert.Equal("sam", tui.Game.Players()[0].Partner);
        tui.Press("unlink");
        tui.Press("yes");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Unlinked from Sam", tui.Window.Message);
        Assert.Null(tui.Game.Players()[0].Partner);
        Assert.Contains("No partner yet: p, then i makes an invite code", tui.Screen);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM sessions"));
    }
}
