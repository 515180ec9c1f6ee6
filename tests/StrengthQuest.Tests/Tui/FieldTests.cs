using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>Every field takes exactly what it asks for, and says why it refuses anything else.</summary>
public class FieldTests
{
    private static TuiHarness Solo() => TuiHarness.Solo();

    private static long Count(TuiHarness tui, string sql) => Sqlite.Scalar<long>(tui.DatabasePath, sql);

    /// <summary>Opens the check-in and skips to the first exercise counted in reps with a target of 20.</summary>
    private static CheckInDraft AtTwentyReps(TuiHarness tui)
    {
        tui.Press("check-in");
        CheckInDraft draft = ((CheckInScreen)tui.Window.Current).Draft;
        while (draft.Current.At.Amount != 20 || draft.Current.At.Measure != Core.Catalog.Measure.Reps)
        {
            tui.Press("skip");
        }

        return draft;
    }

    [Fact]
    public void A_comma_in_a_set_is_refused_and_2020_asks_to_be_confirmed()
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Type("20,");
        Assert.Equal("One set at a time: Enter records 20, then type the next set.", tui.Window.Message);
        Assert.Equal("20", draft.Input);

        tui.Type("20");
        tui.Press("record");
        Assert.Equal("2020 reps? Enter to keep, Esc to change.", tui.Window.Message);
        Assert.Empty(draft.Current.Sets);
        Assert.Contains("Enter  Keep it │ Esc  Change it", tui.Screen);

        tui.Press("change-set");
        Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.Equal("2020", draft.Input);
        tui.Press(Key.Backspace);
        tui.Press(Key.Backspace);
        tui.Press("record");
        Assert.Equal([new Core.History.SetDone(20)], draft.Current.Sets);
    }

    [Fact]
    public void An_unusual_set_kept_is_recorded_as_typed()
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Type("101");
        tui.Press("record");
        Assert.Contains("101 reps?", tui.Window.Message);
        tui.Press("keep-set");
        Assert.Equal([new Core.History.SetDone(101)], draft.Current.Sets);

        // Exactly 5× the target is not unusual.
        tui.Type("100");
        tui.Press("record");
        Assert.Equal(2, draft.Current.Sets.Count);
    }

    [Fact]
    public void A_slash_in_a_set_is_refused_so_20_slash_3_never_becomes_203_silently()
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Type("20/");
        Assert.Equal("Pain comes after the sets: type the reps only, then Enter.", tui.Window.Message);
        Assert.Equal("20", draft.Input);
        tui.Type("3");
        tui.Press("record");
        Assert.Equal("203 reps? Enter to keep, Esc to change.", tui.Window.Message);
    }

    [Fact]
    public void A_minus_in_the_pain_field_is_refused_not_taken_for_the_easier_key()
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Press("record");
        tui.Press("record");
        Assert.Equal(DraftStep.Pain, draft.Step);
        int level = draft.Current.Level;

        tui.Type("-");
        Assert.Equal("Pain is a whole number from 0 to 10; it is never below 0.", tui.Window.Message);
        Assert.Equal("", draft.Input);
        Assert.Equal(level, draft.Current.Level);
        tui.Type("11");
        tui.Press("record");
        Assert.Equal("Pain is a whole number from 0 to 10.", tui.Window.Message);
        Assert.Equal(DraftStep.Pain, draft.Step);
        tui.Type("1");
        Assert.Equal("Pain is a whole number from 0 to 10: Backspace corrects.", tui.Window.Message);
        Assert.Equal("11", draft.Input);
    }

    [Theory]
    [InlineData("z", "Type the reps as a number, e.g. 20 (or 20@12.5 with a load in kg).")]
    [InlineData("@", "Type the reps first, then @ and the load in kg, e.g. 20@12.5.")]
    [InlineData("20.", "Reps are whole numbers; a decimal point goes in the load, after @.")]
    [InlineData("20@1@", "A set has one load: one @.")]
    [InlineData("20@1,", "Write the load with a decimal point, e.g. 12.5.")]
    [InlineData(" ", "Type the reps as a number, e.g. 20 (or 20@12.5 with a load in kg).")]
    public void Every_character_a_set_does_not_take_is_refused_with_the_reason(string typed, string reason)
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Type(typed);
        Assert.Equal(reason, tui.Window.Message);
        Assert.Equal(typed[..^1], draft.Input);
    }

    [Theory]
    [InlineData("0", "A set is at least 1 rep: Backspace corrects, s skips the exercise.")]
    [InlineData("200000", "A set can be at most 100000 reps.")]
    [InlineData("20@", "Type the load in kg after @, e.g. 20@12.5, or Backspace the @.")]
    [InlineData("20@2000", "A load can be at most 1000 kg.")]
    public void A_set_out_of_bounds_is_refused_on_enter_with_the_limit(string typed, string reason)
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.Type(typed);
        tui.Press("record");
        Assert.Equal(reason, tui.Window.Message);
        Assert.Empty(draft.Current.Sets);
        Assert.Equal(typed, draft.Input);
    }

    [Fact]
    public void A_paste_into_the_set_field_is_taken_whole_or_not_at_all()
    {
        using TuiHarness tui = Solo();
        CheckInDraft draft = AtTwentyReps(tui);
        tui.App.RaisePasteEvent("20,20");
        tui.Draw();
        Assert.Equal("", draft.Input);
        Assert.StartsWith("One set at a time", tui.Window.Message);
        tui.App.RaisePasteEvent("18@12.5");
        tui.Draw();
        Assert.Equal("18@12.5", draft.Input);
        Assert.Contains("> 18@12.5_", tui.Screen);
    }

    [Fact]
    public void The_rest_field_takes_digits_only_and_says_why()
    {
        using TuiHarness tui = Solo();
        tui.Press("pain-rest");
        tui.Type("-");
        Assert.Equal("Pain is a whole number from 6 to 10; it is never below 6.", tui.Window.Message);
        tui.Type("7x");
        Assert.Equal("Pain is a whole number from 6 to 10: type it in digits, then Enter.", tui.Window.Message);
        Assert.Contains("> 7_", tui.Screen);
        tui.Type("00");
        Assert.Contains("> 70_", tui.Screen);
        Assert.Equal("Pain is a whole number from 6 to 10: Backspace corrects.", tui.Window.Message);
        tui.Press("record");
        Assert.Equal("Pain is a whole number from 6 to 10: type it, then Enter.", tui.Window.Message);
        Assert.Equal(0, Count(tui, "SELECT count(*) FROM sessions"));
        tui.Press(Key.Backspace);
        tui.Press("record");
        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.Equal(1, Count(tui, "SELECT count(*) FROM sessions WHERE rest_pain = 7"));
    }

    [Fact]
    public void Onboarding_fields_refuse_what_they_do_not_take_and_say_why()
    {
        using TuiHarness tui = new TuiHarness().Open();
        OnboardingScreen screen = Assert.IsType<OnboardingScreen>(tui.Window.Current);
        tui.Type("Alex");
        Assert.Equal("A handle starts with a lower-case letter (a-z).", tui.Window.Message);
        Assert.Equal("lex", screen.Fields[0].Text);
        tui.Type("_");
        Assert.Equal("A handle takes lower-case letters, digits and dashes only.", tui.Window.Message);
        tui.App.RaisePasteEvent(new string('x', 30));
        tui.Draw();
        Assert.Equal("A handle is at most 24 characters.", tui.Window.Message);
        Assert.Equal("lex", screen.Fields[0].Text);

        tui.Press("next");
        Assert.True(screen.Fields[1].HasFocus);
        tui.App.RaisePasteEvent(new string('n', 41));
        tui.Draw();
        Assert.Equal("A display name can be at most 40 characters.", tui.Window.Message);
        Assert.Equal("", screen.Fields[1].Text);
        tui.Press("next");
        Assert.Equal("A display name needs at least one visible character.", tui.Window.Message);
        Assert.True(screen.Fields[1].HasFocus);
        tui.Type("Lex");
        tui.Press("next");

        screen.Fields[2].Text = "";
        tui.Type("Mars/Olympus Mons");
        Assert.Equal("A time zone is an IANA name, like Europe/Berlin or America/New_York.", tui.Window.Message);
        tui.Press("next");
        Assert.StartsWith("\"Mars/OlympusMons\" is not a time zone known here", tui.Window.Message);
        screen.Fields[2].Text = "UTC";
        tui.Press("next");

        screen.Fields[3].Text = "2";
        tui.Type("4");
        Assert.Equal("The day-start hour is a whole number from 0 to 23.", tui.Window.Message);
        Assert.Equal("2", screen.Fields[3].Text);
        tui.Press("next");
        tui.Press("next"); // training days: the recommended 3
        tui.Press("next"); // no partner
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Equal("lex", tui.Session.Handle);
        Assert.Equal(2, tui.Game.Find("lex").DayStartHour);
    }
}
