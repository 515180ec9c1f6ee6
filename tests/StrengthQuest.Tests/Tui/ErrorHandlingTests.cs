using StrengthQuest.Services;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;

namespace StrengthQuest.Tests.Tui;

/// <summary>An unexpected exception inside a screen: one line, a log entry, and the game goes on.</summary>
public class ErrorHandlingTests
{
    /// <summary>A screen with a key that fails, and a way to make its text fail too.</summary>
    private sealed class BrokenScreen(GameSession session, GameWindow window) : Screen(session, window)
    {
        public bool TextFails { get; set; }

        public static KeyTable<BrokenScreen> Table { get; } = new(
            "Broken",
            new KeyRow<BrokenScreen>("boom", Key.B, "Boom", "Fails", s => throw new InvalidOperationException("the flux capacitor is empty")),
            new KeyRow<BrokenScreen>("break-text", Key.X, "Break", "Makes the text fail", s =>
            {
                s.TextFails = true;
                s.Window.RefreshScreen();
            }));

        public override IKeyTable Keys => Table;

        public override string Heading => "Broken";

        public override void Refresh()
        {
            if (TextFails)
            {
                throw new ArgumentException("no text today");
            }
        }
    }

    private static TuiHarness Couple(TimeProvider? clock = null)
    {
        TuiHarness tui = new("2026-11-24T15:00:00Z", clock: clock);
        Seeds.Couple(tui.Game);
        return tui.Open("alex");
    }

    [Fact]
    public void A_key_that_throws_says_one_line_logs_the_details_and_the_game_goes_on()
    {
        using TuiHarness tui = Couple();
        tui.Window.Show(new BrokenScreen(tui.Session, tui.Window));
        tui.Draw();

        tui.Press("boom");
        Assert.IsType<BrokenScreen>(tui.Window.Current);
        Assert.Equal("That did not work: the flux capacitor is empty, nothing was lost.", tui.Window.Message);
        Assert.Contains("That did not work: the flux capacitor is empty, nothing was lost.", tui.Screen);
        Assert.Contains("System.InvalidOperationException: the flux capacitor is empty", tui.Logged);
        Assert.Contains("on the Broken screen", tui.Logged);
        Assert.Contains("ErrorHandlingTests", tui.Logged);

        // The log is the player's alone.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tui.Errors.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(tui.Errors.Path)!));

        tui.Press("back");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("Today's quest", tui.Screen);
    }

    [Fact]
    public void A_screen_that_can_no_longer_draw_itself_gives_way_to_the_one_before()
    {
        using TuiHarness tui = Couple();
        tui.Window.Show(new BrokenScreen(tui.Session, tui.Window));
        tui.Press("break-text");
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.StartsWith("That did not work: no text today", tui.Window.Message);
        Assert.Contains("Today's quest", tui.Screen);
        tui.Press("ladders");
        Assert.IsType<LaddersScreen>(tui.Window.Current);
    }

    [Fact]
    public void A_screen_that_fails_to_open_leaves_the_one_shown()
    {
        using TuiHarness tui = Couple();
        BrokenScreen broken = new(tui.Session, tui.Window) { TextFails = true };
        Assert.True(tui.Window.Guard(() =>
        {
            tui.Window.Show(broken);
            return true;
        }));
        tui.Draw();
        Assert.IsType<DashboardScreen>(tui.Window.Current);
        Assert.Contains("That did not work: no text today", tui.Screen);
    }

    /// <summary>The game's clock, failing on demand, as an unexpected fault deep in a save would.</summary>
    private sealed class FlakyClock(TimeProvider inner) : TimeProvider
    {
        public bool Fails { get; set; }

        public override DateTimeOffset GetUtcNow() => Fails ? throw new TimeZoneNotFoundException("the clock fell off the wall") : inner.GetUtcNow();
    }

    [Fact]
    public void A_check_in_in_progress_survives_a_failing_save_and_saves_once_it_works()
    {
        Microsoft.Extensions.Time.Testing.FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
        FlakyClock clock = new(time);
        using TuiHarness tui = Couple(clock);
        tui.Press("check-in");
        tui.Press("record");
        tui.Press("record");
        tui.Type("2");
        tui.Press("record");

        clock.Fails = true;
        tui.Press("finish");
        CheckInScreen screen = Assert.IsType<CheckInScreen>(tui.Window.Current);
        Assert.StartsWith("That did not work: the clock fell off the wall, nothing was lost.", tui.Window.Message);
        Assert.True(screen.Draft.HasAnything);
        Assert.Contains("TimeZoneNotFoundException", tui.Logged);
        Assert.Equal(0, Sqlite.Scalar<long>(tui.DatabasePath, "SELECT count(*) FROM sessions"));

        clock.Fails = false;
        tui.Press("finish");
        Assert.IsType<SummaryScreen>(tui.Window.Current);
        Assert.Equal(1, Sqlite.Scalar<long>(tui.DatabasePath, "SELECT count(*) FROM sessions"));
        Assert.Equal(1, Sqlite.Scalar<long>(tui.DatabasePath, "SELECT count(*) FROM entries WHERE pain = 2"));
    }

    [Fact]
    public void The_line_fits_the_narrowest_window_whatever_the_message()
    {
        string line = GameWindow.Trouble(new InvalidOperationException(new string('x', 300) + "\nsecond line"), GameWindow.MinWidth);
        Assert.True(line.Length <= GameWindow.MinWidth, line);
        Assert.StartsWith("That did not work: xxx", line);
        Assert.EndsWith("…, nothing was lost.", line);
        Assert.Equal("That did not work: NullReferenceException, nothing was lost.", GameWindow.Trouble(new NullReferenceException(""), 80));
    }

    [Theory]
    [InlineData("/srv/state", "/home/kim", "/srv/state/strengthquest/errors.log")]
    [InlineData("", "/home/kim", "/home/kim/.local/state/strengthquest/errors.log")]
    [InlineData("relative/state", "/home/kim", "/home/kim/.local/state/strengthquest/errors.log")]
    public void The_log_lives_under_the_XDG_state_home(string stateHome, string home, string expected)
    {
        Dictionary<string, string> environment = new() { ["XDG_STATE_HOME"] = stateHome, ["HOME"] = home };
        Assert.Equal(expected, ErrorLog.FromEnvironment(name => environment.GetValueOrDefault(name)).Path);
    }

    [Fact]
    public void A_log_file_left_open_to_others_is_closed_again_and_a_log_that_cannot_be_written_is_no_crash()
    {
        using TempFolder folder = new();
        string path = Path.Combine(folder.Path, "strengthquest", "errors.log");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32("644", 8));
        Assert.True(new ErrorLog(path).Write(DateTimeOffset.UnixEpoch, "here", new InvalidOperationException("x\u001b[2Jy")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.DoesNotContain('\u001b', File.ReadAllText(path));

        Assert.False(new ErrorLog("/proc/no-such/errors.log").Write(DateTimeOffset.UnixEpoch, "here", new InvalidOperationException("x")));
    }
}
