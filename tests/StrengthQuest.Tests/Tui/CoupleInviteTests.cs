using System.Text.RegularExpressions;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>The couple screen pairs players up: i makes an invite code, j enters a partner's.</summary>
public class CoupleInviteTests
{
    [Fact]
    public void I_shows_a_single_use_code_that_pairs_the_couple()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        tui.Game.AddPlayer("sam", "Sam", "UTC", 4);
        tui.Open("alex");
        tui.Press("couple");
        tui.Press("invite");
        Match shown = Regex.Match(tui.Screen, "Invite code: ([A-Z2-9]{4}-[A-Z2-9]{4})");
        Assert.True(shown.Success, tui.Screen);
        Assert.Contains("It works once, for 72 hours", tui.Screen);

        // Sam joins from a game of their own (another connection); Alex's screen follows.
        using GameDatabase other = GameDatabase.Open(tui.DatabasePath);
        Assert.Equal("alex", new GameService(other, tui.Game.Catalog, tui.Clock).Join("sam", shown.Groups[1].Value).Handle);
        tui.Wait(1);
        Assert.Contains("This week (2026-W48): you", tui.Screen);
        tui.Press("invite");
        Assert.Equal("You already play with Sam.", tui.Window.Message);
    }

    [Fact]
    public void J_takes_the_partners_code_and_a_wrong_one_is_one_sentence()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        tui.Game.AddPlayer("sam", "Sam", "UTC", 4);
        IssuedCode code = tui.Game.Invite("alex");
        tui.Open("sam");
        tui.Press("couple");
        tui.Press("join-code");
        Assert.IsType<CodeScreen>(tui.Window.Current);
        tui.Type("WRONG234");
        tui.Press("enter-code");
        Assert.Equal("That is not a valid invite code: check it, or ask for a new one.", tui.Window.Message);
        Assert.Null(tui.Game.Load("sam").Partner);

        ((CodeScreen)tui.Window.Current).Field.Text = "";
        tui.Type(code.Shown);
        tui.Press("enter-code");
        Assert.IsType<CoupleScreen>(tui.Window.Current);
        Assert.Equal("You and Alex are a couple now.", tui.Window.Message);
        Assert.Contains("This week (2026-W48): you", tui.Screen);
    }
}
