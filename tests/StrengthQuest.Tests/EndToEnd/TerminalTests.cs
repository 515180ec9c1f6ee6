using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>The real binary in a real terminal (tmux), from first run to a streak of one.</summary>
public class TerminalTests
{
    private static string Command(TempFolder folder, string extra = "") =>
        $"env -i PATH=/usr/bin:/bin HOME={folder.Path} TERM=screen STRENGTHQUEST_DB={folder.File("sq.db")} STRENGTHQUEST_NOW=2026-11-24T15:00:00Z {extra} {Support.Cli.Binary}";

    [TmuxFact]
    public void First_run_onboarding_then_a_check_in_shows_the_xp_and_a_streak_of_one()
    {
        using TempFolder folder = new();
        using Tmux tmux = new(Command(folder));
        tmux.WaitFor("Welcome");
        tmux.Send("alex", literal: true);
        tmux.Send("Enter");
        tmux.WaitUntil(s => s.Contains("alex", StringComparison.Ordinal), "the handle typed");
        tmux.Send("Alex", literal: true);
        tmux.Send("Enter");
        tmux.Send("Enter"); // the zone
        tmux.Send("Enter"); // the day start
        tmux.WaitUntil(s => s.Contains("How many days a week do you train?", StringComparison.Ordinal), "the training days asked");
        // Every day, so that this Tuesday is a training day (with the recommended 3, it is a rest day).
        tmux.Send("BSpace");
        tmux.Send("daily", literal: true);
        tmux.WaitUntil(s => s.Contains("daily", StringComparison.Ordinal), "the training days typed");
        tmux.Send("Enter");
        tmux.Send("Enter"); // no partner

        tmux.WaitFor("Today's quest");
        tmux.Send("c", literal: true);
        tmux.WaitFor("Exercise 1 of");

        // Enter takes every target; pain 0 after each exercise. Each step waits for the prompt to move on.
        string screen = tmux.Capture();
        while (!screen.Contains("Check-in saved", StringComparison.Ordinal))
        {
            string step = Step(screen);
            if (step.Contains("Pain during", StringComparison.Ordinal))
            {
                tmux.Send("0", literal: true);
                tmux.WaitUntil(s => Step(s).Contains("0–10 > 0_", StringComparison.Ordinal), "the pain typed");
                step = Step(tmux.Capture());
            }

            tmux.Send("Enter");
            screen = tmux.WaitUntil(s => Step(s) != step || s.Contains("Check-in saved", StringComparison.Ordinal), "the next step");
        }

        Assert.Matches(@"\+\d+ XP \(base \d+", screen);
        tmux.Send("Enter");
        screen = tmux.WaitFor("Streak 1 day");
        Assert.Contains("checked in today ✓", screen);
        Assert.Matches(@"Level \d+ .* \d+ XP", screen);
        Assert.Equal(1L, Sqlite.Scalar<long>(folder.File("sq.db"), "SELECT count(*) FROM sessions"));

        tmux.Send("q", literal: true);
        tmux.WaitUntil(_ => tmux.PaneDead, "the game to end");
    }

    /// <summary>One player on file, so the game opens on the dashboard.</summary>
    private static void AddAlex(TempFolder folder)
    {
        using Support.Cli cli = new();
        cli.Database = folder.File("sq.db");
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex").ExitCode);
    }

    /// <summary>Which exercise and which prompt the check-in is at.</summary>
    private static string Step(string screen) => string.Join(
        "|",
        screen.Split('\n').Where(l => l.Contains("Exercise ", StringComparison.Ordinal) || l.Contains(" > ", StringComparison.Ordinal)));

    [TmuxFact]
    public void The_cursor_waits_in_the_field_being_typed_into()
    {
        using TempFolder folder = new();
        using Tmux tmux = new(Command(folder));
        string screen = tmux.WaitFor("Your handle");
        int handleRow = screen.Split('\n').ToList().FindIndex(l => l.Contains("Your handle", StringComparison.Ordinal));
        tmux.WaitUntil(_ => tmux.Cursor.Visible && tmux.Cursor.Row == handleRow, "the cursor in the handle field");
        int start = tmux.Cursor.Column;

        tmux.Send("ab", literal: true);
        tmux.WaitUntil(_ => tmux.Cursor.Column == start + 2, "the cursor two columns on");
        tmux.Send("Enter");
        int nameRow = screen.Split('\n').ToList().FindIndex(l => l.Contains("Your display name", StringComparison.Ordinal));
        Assert.True(nameRow > handleRow);
        tmux.WaitUntil(_ => tmux.Cursor.Visible && tmux.Cursor.Row == nameRow, "the cursor in the next field");
    }

    [TmuxFact]
    public void The_game_starts_no_shell_on_its_way_to_the_first_frame()
    {
        // Terminal.Gui would look for xclip with `bash -c "which xclip"`: a bash first on PATH tells.
        using TempFolder folder = new();
        AddAlex(folder);

        string bin = folder.File("bin");
        Directory.CreateDirectory(bin);
        string marker = folder.File("a-shell-ran");
        string bash = Path.Combine(bin, "bash");
        File.WriteAllText(bash, $"#!/bin/sh\ntouch {marker}\nexec /bin/bash \"$@\"\n");
        File.SetUnixFileMode(bash, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        using Tmux tmux = new(Command(folder, $"PATH={bin}:/usr/bin:/bin"));
        tmux.WaitFor("Today's quest");
        tmux.Send("q", literal: true);
        tmux.WaitUntil(_ => tmux.PaneDead, "the game to end");
        Assert.False(File.Exists(marker), "the game ran bash while starting");
    }

    [TmuxFact]
    public void A_too_small_window_asks_to_grow_and_the_game_recovers()
    {
        using TempFolder folder = new();
        AddAlex(folder);

        using Tmux tmux = new(Command(folder), 60, 20);
        string small = tmux.WaitFor("make it larger");
        Assert.Contains("60×20", small);
        tmux.Resize(80, 24);
        tmux.WaitFor("Today's quest");
        tmux.Resize(79, 24);
        tmux.WaitFor("79×24");
        tmux.Resize(120, 40);
        tmux.WaitFor("Today's quest");
    }

    [TmuxFact]
    public void No_colour_and_missing_term_still_play()
    {
        using TempFolder folder = new();
        AddAlex(folder);

        using Tmux tmux = new(Command(folder, "NO_COLOR=1").Replace("TERM=screen", "", StringComparison.Ordinal));
        tmux.WaitFor("Today's quest");
        NoColourIn(tmux.CaptureWithAttributes());
        tmux.Send("l", literal: true);
        tmux.WaitFor("Tibialis raise");
        NoColourIn(tmux.CaptureWithAttributes());
    }

    /// <summary>Reverse, bold and underline may mark things; no foreground or background colour may.</summary>
    private static void NoColourIn(string pane)
    {
        Assert.Contains("\u001b[7m", pane, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match sgr in System.Text.RegularExpressions.Regex.Matches(pane, @"\u001b\[([0-9;]*)m"))
        {
            foreach (string code in sgr.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                int n = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
                Assert.False(n is (>= 30 and <= 38) or (>= 40 and <= 48) or (>= 90 and <= 97) or (>= 100 and <= 107), $"colour code {n} in: {sgr.Value}");
            }
        }
    }
}
