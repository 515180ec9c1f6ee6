using StrengthQuest.Tests.Support;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>Every way out of the game with a check-in in progress asks first — on every screen, every quit key.</summary>
public class QuitKeysTests
{
    /// <summary>As key codes: an injected Key is marked handled, so each press needs a new one.</summary>
    private static readonly KeyCode[] QuitKeys = [Key.Q.KeyCode, Key.Q.WithCtrl.KeyCode, Key.C.WithCtrl.KeyCode];

    /// <summary>Alex with a check-in in progress (one set), then on the screen named.</summary>
    private static TuiHarness WithDraftOn(string screen)
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        tui.Game.CheckIn("alex", Seeds.Entries("calf-raise=20,20"));
        tui.Open("alex");
        tui.Press("check-in");
        tui.Press("record");
        Assert.True(tui.Session.HasDraft);
        switch (screen)
        {
            case "check-in":
                break;
            case "choosing a ladder":
                tui.Press("add");
                break;
            case "discard prompt":
                tui.Press("discard");
                break;
            case "too small":
                tui.App.Driver!.SetScreenSize(60, 20);
                tui.Draw();
                Assert.True(tui.Window.IsTooSmall);
                break;
            default:
                tui.Press("back");
                Assert.IsType<DashboardScreen>(tui.Window.Current);
                Open(tui, screen);
                break;
        }

        return tui;
    }

    private static void Open(TuiHarness tui, string screen)
    {
        switch (screen)
        {
            case "dashboard":
                break;
            case "help":
            case "ladders":
            case "history":
            case "couple":
            case "settings":
            case "pain-rest":
                tui.Press(screen == "couple" ? "couple" : screen);
                break;
            case "help over the check-in":
                tui.Press("resume");
                tui.Press("help");
                break;
            case "delete prompt":
                tui.Press("history");
                tui.Press("delete");
                break;
            case "unlink prompt":
                tui.Press("couple");
                tui.Press("unlink");
                break;
            case "dashboard discard prompt":
                tui.Press("discard-draft");
                break;
            default:
                throw new ArgumentException(screen);
        }
    }

    public static TheoryData<string> Screens => new()
    {
        "dashboard", "check-in", "choosing a ladder", "discard prompt", "dashboard discard prompt", "help", "help over the check-in",
        "ladders", "history", "delete prompt", "couple", "unlink prompt", "settings", "pain-rest", "too small",
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public void Every_quit_key_asks_first_and_no_keeps_playing(string screen)
    {
        foreach (KeyCode code in QuitKeys)
        {
            using TuiHarness tui = WithDraftOn(screen);
            Key quit = new(code);
            if (code == KeyCode.Q && tui.Window.Current.CapturesText && tui.Window.Asking is null)
            {
                // Typing into a field, q is a letter: Ctrl+Q and Ctrl+C are the ways out there.
                tui.Press(new Key(code));
                Assert.Null(tui.Window.Asking);
                continue;
            }

            Type before = tui.Window.Current.GetType();

            tui.Press(new Key(code));
            Assert.False(tui.Window.QuitRequested, $"{quit} on the {screen} quit without asking");
            Assert.True(tui.Window.Asking?.IsQuit, $"{quit} on the {screen} did not ask: {tui.Window.Message} | {tui.Window.Current.GetType().Name} | {tui.Session.HasDraft}");
            Assert.Contains(tui.Window.IsTooSmall ? "Quit now?" : "Quit with your check-in in progress?", tui.Window.IsTooSmall ? tui.Screen : tui.Window.Message);

            // Asked again while asking: still only asking.
            tui.Press(new Key(code));
            Assert.False(tui.Window.QuitRequested);

            tui.Press(code == KeyCode.Q ? Key.N : Key.Esc);
            Assert.False(tui.Window.QuitRequested);
            Assert.Null(tui.Window.Asking);
            Assert.Equal(before, tui.Window.Current.GetType());
            Assert.True(tui.Session.HasDraft);

            tui.Press(new Key(code));
            tui.Press(Key.Y);
            Assert.True(tui.Window.QuitRequested, $"y after {quit} on the {screen} did not quit");
            Assert.True(tui.Game.FindDraft("alex") is not null, "the draft is kept when quitting");
        }
    }

    [Fact]
    public void Without_a_check_in_in_progress_q_quits_at_once()
    {
        using TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        tui.Open("alex");
        tui.Press("quit");
        Assert.True(tui.Window.QuitRequested);
        Assert.Null(tui.Window.Asking);
    }

    [Fact]
    public void The_partners_draft_does_not_make_my_game_ask()
    {
        using TuiHarness tui = new("2026-11-24T15:00:00Z");
        Seeds.Couple(tui.Game);
        tui.Game.SaveDraft("sam", new Core.History.Draft(tui.Clock.GetUtcNow(), null, null, [new Core.History.DraftItem("calf-raise", 1, [new Core.History.SetDone(20)], null, false)], 0, false), 0);
        tui.Open("alex");
        tui.Press(Key.Q);
        Assert.True(tui.Window.QuitRequested);
    }
}
