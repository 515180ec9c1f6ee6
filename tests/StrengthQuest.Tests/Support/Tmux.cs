using System.Diagnostics;

namespace StrengthQuest.Tests.Support;

/// <summary>
/// A real terminal: a private tmux server running one command. Tests send keys and read the pane,
/// always polling with a deadline for what they expect — never a fixed sleep.
/// </summary>
public sealed class Tmux : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly string _socket = "sq-test-" + Guid.NewGuid().ToString("N")[..10];

    public Tmux(string command, int width = 80, int height = 24)
    {
        Run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture), command);
        Run("set-option", "-t", "t", "remain-on-exit", "on");
    }

    public static string? Unavailable =>
        File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux") ? null : "tmux is not installed";

    public string Capture() => Run("capture-pane", "-p", "-t", "t").Out;

    /// <summary>The pane with its attributes, as the escape sequences tmux would redraw it with.</summary>
    public string CaptureWithAttributes() => Run("capture-pane", "-e", "-p", "-t", "t").Out;

    /// <summary>Sends tmux key names (Enter, Escape, C-c) or literal text with <paramref name="literal"/>.</summary>
    public void Send(string keys, bool literal = false)
    {
        if (literal)
        {
            Run("send-keys", "-t", "t", "-l", keys);
        }
        else
        {
            Run("send-keys", "-t", "t", keys);
        }
    }

    /// <summary>Copies everything the program writes to its terminal from now on into <paramref name="file"/>.</summary>
    public void Record(string file) => Run("pipe-pane", "-o", "-t", "t", $"cat >> '{file}'");

    public void Resize(int width, int height) =>
        Run("resize-window", "-t", "t", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Polls the pane until <paramref name="text"/> shows, or fails with what was there.</summary>
    public string WaitFor(string text) => WaitUntil(screen => screen.Contains(text, StringComparison.Ordinal), $"\"{text}\"");

    /// <summary>
    /// Polls until the condition holds on a settled pane: the same text three captures running, so a
    /// frame caught half-drawn is never taken for the next state.
    /// </summary>
    public string WaitUntil(Func<string, bool> condition, string what)
    {
        Stopwatch clock = Stopwatch.StartNew();
        string screen = "";
        int same = 0;
        while (clock.Elapsed < Deadline)
        {
            string next = Capture();
            same = next == screen ? same + 1 : 0;
            screen = next;
            if (same >= 2 && condition(screen))
            {
                return screen;
            }

            Thread.Yield();
        }

        throw new TimeoutException($"{what} did not appear within {Deadline.TotalSeconds} s; the pane shows:\n{screen}");
    }

    /// <summary>The pane's process id, once it runs.</summary>
    public int Pid => int.Parse(Run("display-message", "-p", "-t", "t", "#{pane_pid}").Out.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where the terminal's cursor is (column, row from 0) and whether it shows.</summary>
    public (int Column, int Row, bool Visible) Cursor
    {
        get
        {
            string[] parts = Run("display-message", "-p", "-t", "t", "#{cursor_x} #{cursor_y} #{cursor_flag}").Out.Trim().Split(' ');
            return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2] == "1");
        }
    }

    public bool PaneDead => Run("display-message", "-p", "-t", "t", "#{pane_dead}").Out.Trim() == "1";

    public void Dispose() => Run("kill-server");

    private (int Code, string Out) Run(params string[] args)
    {
        ProcessStartInfo info = new("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(_socket);
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process p = Process.Start(info)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (Tmux.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

public sealed class TmuxTheoryAttribute : TheoryAttribute
{
    public TmuxTheoryAttribute()
    {
        if (Tmux.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
