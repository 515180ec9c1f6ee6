using System.Drawing;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>The bottom line: each screen's keys, and a click on one runs it.</summary>
public class StatusLineTests
{
    private static TuiHarness Dashboard()
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        return tui.Open("alex");
    }

    private static string LastRow(TuiHarness tui) => tui.Screen.TrimEnd('\n').Split('\n')[^1];

    [Fact]
    public void The_bottom_line_names_each_key_of_the_screen_shown()
    {
        using TuiHarness tui = Dashboard();
        string line = LastRow(tui);
        Assert.Contains(" c  Check in │ r  Rest │ l  Ladders │ h  History │ p  Couple │ ?  Help │ q  Quit", line);

        tui.Press("ladders");
        Assert.Contains(" ?  Help │ Esc  Back │ q  Quit", LastRow(tui));
        Assert.DoesNotContain("Check in", LastRow(tui));
    }

    [Fact]
    public void A_click_on_an_item_runs_it()
    {
        using TuiHarness tui = Dashboard();
        int column = LastRow(tui).IndexOf("l  Ladders", StringComparison.Ordinal);
        Assert.True(column > 0);

        tui.App.Mouse.RaiseMouseEvent(new Mouse { ScreenPosition = new Point(column + 3, 23), Flags = MouseFlags.LeftButtonClicked });
        tui.Draw();
        Assert.IsType<LaddersScreen>(tui.Window.Current);
        Assert.Contains("Backward walk", tui.Screen);
    }

    [Fact]
    public void When_the_keys_do_not_fit_the_screens_own_give_way_whole_and_help_back_and_quit_stay()
    {
        using TuiHarness tui = Dashboard();
        tui.Press("check-in");
        tui.Press("record"); // the warm-up's one set
        tui.Type("0");
        tui.Press("record"); // its pain: on to the second exercise, with something to save
        string line = LastRow(tui).TrimEnd();
        Assert.StartsWith(" Enter  Record │ ", line);
        Assert.True(line.Length <= 80, line);
        Assert.EndsWith("?  Help │ Esc  Back │ q  Quit", line);

        // Every item shown is whole: a key, two spaces, and one of this screen's labels.
        string[] labels = [.. tui.Window.Bindings.Where(b => b.InStatusBar).Select(b => $"{b.KeyText}  {b.Label}")];
        string[] shown = line.Trim().Split(" │ ");
        Assert.All(shown, item => Assert.Contains(item, labels));
        Assert.True(shown.Length < labels.Length, "at 80 columns the check-in's keys do not all fit");
    }

    [Fact]
    public void The_keys_that_save_or_leave_a_check_in_always_show_at_80_columns()
    {
        using TuiHarness tui = Dashboard();
        tui.Press("check-in");
        Assert.Contains("f  Save", LastRow(tui));
        Assert.EndsWith("?  Help │ Esc  Back │ q  Quit", LastRow(tui).TrimEnd());

        // Asking pain, and in the discard question.
        while (((CheckInScreen)tui.Window.Current).Draft.Step != StrengthQuest.Tui.CheckIn.DraftStep.Pain)
        {
            tui.Press("record");
        }

        Assert.Contains("f  Save", LastRow(tui));
        tui.Press("discard");
        Assert.Contains("y  Yes, discard │ n/Esc  No, keep going", LastRow(tui));
        Assert.EndsWith("q  Quit", LastRow(tui).TrimEnd());
    }
}
