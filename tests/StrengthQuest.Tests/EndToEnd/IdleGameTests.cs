using StrengthQuest.TestSupport;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>The real game left alone on a busy host: it writes nothing until its own couple changes.</summary>
public class IdleGameTests
{
    [TmuxFact]
    public void An_idle_game_writes_nothing_while_another_couple_plays_and_shows_its_partners_check_in()
    {
        using Support.Cli cli = new("2026-11-24T15:00:00Z");
        foreach ((string handle, string name) in new[] { ("alex", "Alex"), ("sam", "Sam"), ("kim", "Kim"), ("lee", "Lee") })
        {
            Assert.Equal(0, cli.Run("player", "add", handle, "--name", name, "--tz", "UTC").ExitCode);
        }

        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "kim", "lee").ExitCode);
        using Tmux tmux = new($"env -i PATH=/usr/bin:/bin HOME={cli.Folder} TERM=xterm-256color STRENGTHQUEST_DB={cli.Database} STRENGTHQUEST_NOW={cli.Now} {Support.Cli.Binary} --player alex");
        tmux.WaitFor("Today's quest");
        int game = GamePid(tmux);
        string written = Path.Combine(cli.Folder, "pane.bytes");

        // Past the start-up (its terminal queries answered or given up on), the game sits idle while
        // the other couple plays.
        Poll.Until(() => SecondsRunning(game) >= 5, () => "the game ended");
        tmux.Record(written);
        Assert.Equal(0, cli.Run("nudge", "--player", "lee").ExitCode);
        Assert.Equal(0, cli.Run("log", "--player", "kim", "calf-raise=20,20").ExitCode);
        WaitForWakeUps(game, 4);   // it looked at least twice since, a second apart
        Assert.True(!File.Exists(written) || new FileInfo(written).Length == 0, File.Exists(written) ? "written: " + File.ReadAllText(written).Replace("\u001b", "ESC", StringComparison.Ordinal) : "");

        // Its own partner's check-in shows.
        Assert.Equal(0, cli.Run("log", "--player", "sam", "calf-raise=20,20").ExitCode);
        tmux.WaitFor("Sam ✓");
        Assert.True(new FileInfo(written).Length > 0);
    }

    /// <summary>The game's process: the pane's, once the launcher has become the game.</summary>
    private static int GamePid(Tmux tmux)
    {
        int pid = tmux.Pid;
        Poll.Until(() => File.ReadAllText($"/proc/{pid}/comm").StartsWith("strengthquest-g", StringComparison.Ordinal), () => $"process {pid} did not become the game");
        return pid;
    }

    /// <summary>Waits until the game's main thread has gone to sleep and woken up <paramref name="count"/> more times.</summary>
    private static void WaitForWakeUps(int pid, int count)
    {
        long start = WakeUps(pid);
        Poll.Until(() => WakeUps(pid) >= start + count, () => $"the game woke {WakeUps(pid) - start} times, not {count}");
    }

    private static double SecondsRunning(int pid)
    {
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        long started = long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], System.Globalization.CultureInfo.InvariantCulture);
        double uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return uptime - (started / 100.0);   // clock ticks: USER_HZ is 100 on Linux
    }

    private static long WakeUps(int pid) => long.Parse(
        File.ReadLines($"/proc/{pid}/task/{pid}/status").First(l => l.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal)).Split(':')[1].Trim(),
        System.Globalization.CultureInfo.InvariantCulture);
}
