using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace StrengthQuest.Tui.Loop;

/// <summary>
/// Makes Terminal.Gui's main loop sleep until there is something to do: at the start of each pass
/// it waits in poll(2) on the terminal and a wake-up pipe until a key (or a mouse event, a paste,
/// the terminal's answer to a query) arrives, a timer is due, the window is resized, or another
/// thread asks the loop for something (Invoke, a signal). What the terminal sent is read here, on
/// the loop's thread, into the queue Terminal.Gui's input processor drains in the same pass.
/// Idle, a game wakes only for its own timers: no thread polls.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class TerminalWait : IDisposable
{
    /// <summary>
    /// How long Terminal.Gui's start-up queries may take: it sends those sharing a terminator one
    /// after another, each once the one before is answered or a second old. Until then the loop
    /// keeps its pace, so unanswered ones are sent and given up on as they would be.
    /// </summary>
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    /// <summary>A pass a tick while the input parser holds a lone Esc (released after 50 ms) or a paste is under way.</summary>
    private const int ShortWaitMs = 20;

    private readonly IApplication _app;
    private readonly ConcurrentQueue<char> _queue;
    private readonly int _terminal;
    private readonly int _mainThread = Environment.CurrentManagedThreadId;
    private readonly long _settledAt = Stopwatch.GetTimestamp() + (long)(Settling.TotalSeconds * Stopwatch.Frequency);
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private readonly byte[] _bytes = new byte[4096];

    // With up to three bytes of a character left over from the read before.
    private readonly char[] _chars = new char[Encoding.UTF8.GetMaxCharCount(4096 + 3)];
    private readonly PosixSignalRegistration _resized;
    private readonly int _wakeRead;
    private readonly int _wakeWrite;
    private bool _hungUp;
    private bool _again;

    private unsafe TerminalWait(IApplication app, ConcurrentQueue<char> queue, int terminal)
    {
        _app = app;
        _queue = queue;
        _terminal = terminal;
        int* fds = stackalloc int[2];
        if (NativeMethods.Pipe2(fds, NativeMethods.NonBlockingCloseOnExec) != 0)
        {
            throw new IOException($"pipe2 failed (errno {Marshal.GetLastPInvokeError()}).");
        }

        (_wakeRead, _wakeWrite) = (fds[0], fds[1]);
        _resized = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => Wake());
        app.Iteration += WaitForWork;
        app.LayoutAndDrawComplete += OnDrawn;
        app.TimedEvents!.Added += OnTimerAdded;
    }

    /// <summary>The terminal closed (the SSH link dropped): raised once, on the loop's thread.</summary>
    public event Action? HungUp;

    /// <summary>Installs the wait on <paramref name="app"/>'s loop, reading the terminal on file descriptor <paramref name="terminal"/>.</summary>
    public static TerminalWait Install(IApplication app, ConcurrentQueue<char> queue, int terminal = 0) => new(app, queue, terminal);

    /// <summary>Ends the current wait at once; safe from any thread, and from a signal handler.</summary>
    public unsafe void Wake()
    {
        byte one = 1;
        _ = NativeMethods.Write(_wakeWrite, &one, 1);   // a full pipe already wakes the loop
    }

    public void Dispose()
    {
        _app.Iteration -= WaitForWork;
        _app.LayoutAndDrawComplete -= OnDrawn;
        if (_app.TimedEvents is { } timers)
        {
            timers.Added -= OnTimerAdded;
        }

        _resized.Dispose();
        _ = NativeMethods.Close(_wakeRead);
        _ = NativeMethods.Close(_wakeWrite);
    }

    private void OnDrawn(object? sender, EventArgs e) => _again = true;

    /// <summary>A timer added by another thread (Invoke from a signal handler or a task) may be due before the wait ends.</summary>
    private void OnTimerAdded(object? sender, TimeoutEventArgs e)
    {
        if (Environment.CurrentManagedThreadId != _mainThread)
        {
            Wake();
        }
    }

    private unsafe void WaitForWork(object? sender, EventArgs<IApplication?> e)
    {
        NativeMethods.PollFd* fds = stackalloc NativeMethods.PollFd[2];
        fds[0] = new NativeMethods.PollFd { Fd = _wakeRead, Events = NativeMethods.PollIn };
        fds[1] = new NativeMethods.PollFd { Fd = _hungUp ? -1 : _terminal, Events = NativeMethods.PollIn };
        int ready = NativeMethods.Poll(fds, 2, _again ? 0 : TimeoutMs());

        // A pass runs the due timers after it draws, and a draw can leave views wanting another
        // (text set during layout): what either changes is drawn by the next pass, which must then
        // come at once. The loop sleeps only after a pass that found nothing to draw.
        _again = _app.TimedEvents is TimedEvents timers && timers.CheckTimers(out int dueInMs) && dueInMs == 0;
        if (ready <= 0)
        {
            return;   // a due timer, or EINTR
        }

        if (fds[0].Revents != 0)
        {
            DrainWakes();
        }

        short terminal = fds[1].Revents;
        if ((terminal & NativeMethods.PollIn) != 0)
        {
            ReadTerminal();
        }
        else if ((terminal & (NativeMethods.PollHup | NativeMethods.PollErr | NativeMethods.PollNval)) != 0)
        {
            HangUp();
        }
    }

    private int TimeoutMs()
    {
        if (Stopwatch.GetTimestamp() < _settledAt
            || _app.Driver?.GetInputProcessor().GetParser().State is not AnsiResponseParserState.Normal)
        {
            return ShortWaitMs;
        }

        // CheckTimers rounds down to whole milliseconds: one more, or the pass comes a moment early and
        // finds nothing due yet.
        return _app.TimedEvents is TimedEvents timers
            ? timers.CheckTimers(out int dueInMs) ? dueInMs + 1 : -1
            : ShortWaitMs;
    }

    private unsafe void ReadTerminal()
    {
        nint count;
        fixed (byte* buffer = _bytes)
        {
            count = NativeMethods.Read(_terminal, buffer, (nuint)_bytes.Length);
        }

        if (count < 0 && Marshal.GetLastPInvokeError() is NativeMethods.EIntr or NativeMethods.EAgain)
        {
            return;
        }

        if (count <= 0)
        {
            HangUp();   // end of file or EIO: the terminal is gone
            return;
        }

        int chars = _utf8.GetChars(_bytes, 0, (int)count, _chars, 0, flush: false);
        for (int i = 0; i < chars; i++)
        {
            _queue.Enqueue(_chars[i]);
        }
    }

    private unsafe void DrainWakes()
    {
        byte* sink = stackalloc byte[64];
        while (NativeMethods.Read(_wakeRead, sink, 64) > 0)
        {
        }
    }

    private void HangUp()
    {
        if (!_hungUp)
        {
            _hungUp = true;
            HungUp?.Invoke();
        }
    }
}
