using StrengthQuest.Tests.Support;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>The board screen (b): the ranking, and joining or leaving it from the game.</summary>
public class BoardScreenTests
{
    [Fact]
    public void B_shows_the_board_and_j_agrees_once_the_partner_has_the_couple_appears()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("alex", "Alex", "UTC", 4);
        tui.Game.AddPlayer("sam", "Sam", "UTC", 4);
        tui.Game.Link("alex", "sam");
        tui.Open("alex");
        tui.Press("board");
        Assert.IsType<BoardScreen>(tui.Window.Current);
        Assert.Contains("No couple is on the board yet.", tui.Screen);
        Assert.Contains("it shows once both of you agree", tui.Screen);

        tui.Press("board-join");
        Assert.Contains("your couple shows once Sam agrees too", tui.Window.Message);
        tui.Press("board-join");
        Assert.Equal("You agreed already.", tui.Window.Message);

        Assert.True(tui.Game.JoinBoard("sam"));
        tui.Press("board-leave");
        Assert.Equal("Your couple is off the board; it shows again only when both of you join again.", tui.Window.Message);
        tui.Game.JoinBoard("sam");
        tui.Press("board-join");
        Assert.Contains("▸  1. Alex & Sam", tui.Screen);
        Assert.Contains("Your couple is 1st of 1 this week.", tui.Screen);
    }

    [Fact]
    public void Without_a_partner_the_board_says_to_pair_up_first()
    {
        using TuiHarness tui = new();
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        tui.Open("kim");
        tui.Press("board");
        tui.Press("board-join");
        Assert.Equal("The board ranks couples: pair up first (invite), then both of you join it.", tui.Window.Message);
    }
}
