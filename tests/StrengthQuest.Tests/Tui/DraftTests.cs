using StrengthQuest.Core.History;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;
using StrengthQuest.Tui;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>Nothing lost mid check-in: the check-in in progress is a draft kept in the database, offered back, one per player.</summary>
public class DraftTests
{
    private static TuiHarness Solo(string now = "2026-11-24T07:32:00Z", Engine engine = Engine.Sqlite)
    {
        TuiHarness tui = new(now, engine: engine);
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        return tui.Open("kim");
    }

    private static string Saved(TuiHarness tui) => string.Join(
        " ",
        Sqlite.Column(tui.DatabasePath, "SELECT e.ladder || ':' || e.level || '=' || e.sets || '/' || e.pain FROM entries e ORDER BY e.session_id, e.position"));

    /// <summary>Two exercises: 18 then the targets on the first, pain 2; 12@5 on the second.</summary>
    private static void TwoExercises(TuiHarness tui)
    {
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        tui.Type("18");
        tui.Press("record");
        while (screen.Draft.Step == DraftStep.Sets)
        {
            tui.Press("record");
        }

        tui.Type("2");
        tui.Press("record");
        tui.Type("12@5");
        tui.Press("record");
    }

    /// <summary>A set recorded on one connection, then another on a second connection of the same player.</summary>
    private static TuiHarness SecondConnectionAddsASet(TuiHarness one)
    {
        one.Press("check-in");
        one.Press("skip"); // past the one-set warm-up
        one.Press("record");
        TuiHarness two = one.Connect();
        two.Open("kim");
        two.Press("resume");
        two.Press("record");
        return two;
    }

    [Theory, OnSqlite, OnPostgres]
    public void Every_set_pain_score_and_skip_is_kept_at_once_and_a_new_connection_resumes_it_exactly(Engine engine)
    {
        using TuiHarness tui = Solo(engine: engine);
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        string first = screen.Draft.Current.Ladder.Id;
        Assert.Equal(0, tui.Count("SELECT count(*) FROM drafts"));
        tui.Type("18");
        tui.Press("record");
        Assert.Equal([18], tui.Game.FindDraft("kim")!.Draft.Items[0].Sets.Select(s => s.Amount));
        long revision = tui.Count("SELECT revision FROM drafts");
        while (screen.Draft.Step == DraftStep.Sets)
        {
            tui.Press("record");
        }

        tui.Type("2");
        tui.Press("record");
        Assert.Equal(2, tui.Game.FindDraft("kim")!.Draft.Items[0].Pain);
        Assert.True(tui.Count("SELECT revision FROM drafts") > revision);
        string expected = $"{first}:{screen.Draft.Exercises[0].Level}={Core.History.SetList.Format(screen.Draft.Exercises[0].Sets)}/2";
        string second = screen.Draft.Current.Ladder.Id;
        tui.Type("12@5");
        tui.Press("record");
        tui.Press("skip"); // the second exercise's set goes with the skip, as the screen says
        Assert.True(tui.Game.FindDraft("kim")!.Draft.Items[1].Skipped);
        Assert.Equal(0, tui.Count("SELECT count(*) FROM sessions"));

        // The connection drops here. The next one, on any terminal, offers the draft back.
        using TuiHarness next = tui.Connect();
        next.Open("kim");
        Assert.Contains("Resume your check-in from 07:32 — 1 exercise done", next.Screen);
        next.Press("resume");
        CheckInScreen resumed = Assert.IsType<CheckInScreen>(next.Window.Current);
        Assert.Equal(2, resumed.Draft.Index);
        next.Press("finish");

        Assert.IsType<SummaryScreen>(next.Window.Current);
        Assert.Equal(expected, Saved(next));
        Assert.StartsWith($"{first}:1=18", expected);
        Assert.DoesNotContain(second, Saved(next));
        Assert.Equal(0, next.Count("SELECT count(*) FROM drafts"));
    }

    [Fact]
    public void A_draft_started_before_midnight_saves_to_its_own_day_and_one_too_old_is_shown_and_discarded_never_dropped()
    {
        using TuiHarness tui = Solo("2026-11-23T22:00:00Z");
        TwoExercises(tui);

        // Resumed the next evening: still Monday's check-in, not a backfill of Tuesday's.
        using (TuiHarness tomorrow = tui.Connect())
        {
            tui.Clock.Advance(TimeSpan.FromHours(20));
            tomorrow.Open("kim");
            Assert.Contains("Resume your check-in from Mon 23 Nov 22:00", tomorrow.Screen);
            tomorrow.Press("resume");
            Assert.Contains("Mon 23 Nov", tomorrow.Window.Heading);
            Assert.DoesNotContain("backfill", tomorrow.Window.Heading);
            tomorrow.Press("finish");
            Assert.Contains("Checked in for yesterday: 2 exercises", tomorrow.Screen);
            Assert.Equal(1, tomorrow.Count("SELECT count(*) FROM sessions WHERE game_day = '2026-11-23' AND backfilled = 0"));
        }

        // A draft whose day left the window: shown, discarded only when asked, never saved or dropped.
        using TuiHarness later = tui.Connect();
        later.Game.SaveDraft("kim", ((CheckInScreen)tui.Window.Current).Draft.ToDraft() with { StartedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero) }, 0);
        later.Open("kim");
        Assert.Contains("Your check-in from Fri 20 Nov 09:00 can no longer be saved", later.Screen);
        later.Press("check-in");
        DraftScreen old = Assert.IsType<DraftScreen>(later.Window.Current);
        Assert.Contains("level 1: 18 · pain 2", later.Screen);
        later.Press("discard-draft");
        later.Press(Key.Esc);
        Assert.Equal(1, later.Count("SELECT count(*) FROM drafts"));
        Assert.Same(old, later.Window.Current);
        later.Press("discard-draft");
        later.Press("yes");
        Assert.Equal(0, later.Count("SELECT count(*) FROM drafts"));
        Assert.IsType<DashboardScreen>(later.Window.Current);
        Assert.Equal(1, later.Count("SELECT count(*) FROM sessions"));
    }

    [Fact]
    public void A_check_in_resumed_the_next_day_is_not_called_a_backfill_anywhere_on_its_screen()
    {
        using TuiHarness tui = Solo("2026-11-23T22:00:00Z");
        tui.Press("check-in");
        tui.Press("record"); // the warm-up's target
        tui.Close();
        tui.Clock.Advance(TimeSpan.FromHours(20));
        tui.Open("kim");
        tui.Press("resume");
        Assert.Contains("For yesterday", tui.Screen);
        Assert.DoesNotContain("backfill", tui.Screen);

        // A day picked with ← is a backfill, and says so.
        tui.Press(Key.CursorLeft);
        Assert.Contains("(backfilled)", tui.Screen);
    }

    [Fact]
    public void A_draft_too_old_to_save_can_be_logged_for_a_day_in_the_window_as_its_screen_says()
    {
        using TuiHarness tui = Solo();
        TwoExercises(tui);
        Draft old = ((CheckInScreen)tui.Window.Current).Draft.ToDraft() with { StartedAt = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero) };
        tui.Game.DiscardDraft("kim");
        using TuiHarness later = tui.Connect();
        later.Game.SaveDraft("kim", old, 0);
        later.Open("kim");
        later.Press("check-in");
        Assert.IsType<DraftScreen>(later.Window.Current);

        // c takes its sets into a check-in for the oldest day still in the window; → moves it later.
        later.Press("log-in-window");
        CheckInScreen screen = Assert.IsType<CheckInScreen>(later.Window.Current);
        Assert.Contains("Sat 21 Nov (backfill)", later.Window.Heading);
        later.Press(Key.CursorRight);
        Assert.Contains("Sun 22 Nov (backfill)", later.Window.Heading);
        later.Press("finish");
        Assert.Equal(1, later.Count("SELECT count(*) FROM sessions WHERE game_day = '2026-11-22' AND backfilled = 1"));
        Assert.Equal(0, later.Count("SELECT count(*) FROM drafts"));
        Assert.Equal(old.Items.Count(i => i.Sets.Count > 0), later.Count("SELECT count(*) FROM entries"));
        Assert.StartsWith("backward-walk:1=18/2 tibialis-raise:1=12@5", Saved(later), StringComparison.Ordinal);
        Assert.NotNull(screen);
    }

    [Fact]
    public void A_second_connection_of_the_same_player_sees_the_same_draft_never_a_second_one()
    {
        using TuiHarness one = Solo();
        one.Press("check-in");
        one.Press("skip"); // past the one-set warm-up
        one.Press("record");
        using TuiHarness two = one.Connect();
        two.Open("kim");
        Assert.Contains("Resume your check-in", two.Screen);

        two.Press("check-in"); // c takes up the one in progress
        CheckInScreen there = Assert.IsType<CheckInScreen>(two.Window.Current);
        Assert.Single(there.Draft.Current.Sets);
        two.Press("record");
        Assert.Equal(2, there.Draft.Current.Sets.Count);

        // The first connection follows within a poll, and its next set builds on both.
        one.Wait(1);
        CheckInScreen here = (CheckInScreen)one.Window.Current;
        Assert.Equal(2, here.Draft.Current.Sets.Count);
        Assert.Contains("Updated from your other connection", one.Window.Message);

        // Saved on the second connection: the first one's check-in is done, and nothing is saved twice.
        two.Press("finish");
        one.Wait(1);
        Assert.IsType<DashboardScreen>(one.Window.Current);
        Assert.Contains("saved or discarded on your other connection", one.Window.Message);
        Assert.Equal(1, one.Count("SELECT count(*) FROM sessions"));
        Assert.Equal(0, one.Count("SELECT count(*) FROM drafts"));
    }

    [Fact]
    public void A_step_on_a_stale_screen_never_overwrites_what_the_other_connection_kept()
    {
        using TuiHarness one = Solo();
        using TuiHarness two = SecondConnectionAddsASet(one);

        // Before its poll, the first connection records a set on what it last saw.
        one.Press("record");
        CheckInScreen here = (CheckInScreen)one.Window.Current;
        Assert.Equal(2, here.Draft.Current.Sets.Count);
        Assert.Contains("as it kept it", one.Window.Message);
        Assert.Contains(",", Sqlite.Column(one.DatabasePath, "SELECT state FROM drafts")[0]);
        Assert.Equal(2, one.Count("SELECT revision FROM drafts"));
    }

    [Fact]
    public void Saving_what_another_connection_changed_meanwhile_saves_nothing_and_shows_its_version()
    {
        using TuiHarness one = Solo();
        using TuiHarness two = SecondConnectionAddsASet(one);

        // The first connection saves before it polls: refused, and its screen takes up the newer draft.
        one.Press("finish");
        Assert.IsType<CheckInScreen>(one.Window.Current);
        Assert.Equal(0, one.Count("SELECT count(*) FROM sessions"));
        Assert.Equal(2, ((CheckInScreen)one.Window.Current).Draft.Current.Sets.Count);
        one.Press("finish");
        Assert.IsType<SummaryScreen>(one.Window.Current);
        Assert.Equal(1, one.Count("SELECT count(*) FROM sessions"));
        Assert.Equal(1, one.Count("SELECT count(*) FROM entries WHERE sets LIKE '%,%'"));
    }

    [Fact]
    public void The_discard_prompt_says_esc_keeps_going_and_esc_does()
    {
        using TuiHarness tui = Solo();
        tui.Press("check-in");
        tui.Press("record");
        tui.Press("discard");
        string bar = tui.Screen.TrimEnd('\n').Split('\n')[^1];
        Assert.Contains("y  Yes, discard │ n/Esc  No, keep going", bar);
        tui.Press(Key.Esc);
        Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Null(tui.Window.Asking);
        Assert.Single(((CheckInScreen)tui.Window.Current).Draft.Current.Sets);
        Assert.Equal(1, tui.Count("SELECT count(*) FROM drafts"));
    }

    [Fact]
    public void Saving_fails_and_the_draft_stays_both_on_screen_and_in_the_database()
    {
        using TuiHarness tui = Solo();
        TwoExercises(tui);
        // The player's check-in is for a day that has since left the window: the save is refused.
        tui.Clock.Advance(TimeSpan.FromDays(5));
        tui.Press("finish");
        Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Contains("too far back", tui.Window.Message);
        Assert.Equal(0, tui.Count("SELECT count(*) FROM sessions"));
        Assert.Equal(1, tui.Count("SELECT count(*) FROM drafts"));
    }
}
