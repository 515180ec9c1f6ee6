using System.Collections.Concurrent;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;

namespace StrengthQuest.Tui.Loop;

/// <summary>
/// Terminal.Gui's ANSI driver without its input thread's polling: the input side still sets the
/// terminal to raw mode and puts it back, but reads nothing; <see cref="TerminalWait"/> reads the
/// terminal on the main loop when poll(2) says there is something, into the queue kept here.
/// </summary>
internal sealed class QuietComponentFactory : AnsiComponentFactory
{
    /// <summary>The queue Terminal.Gui's input processor drains on every pass of its loop.</summary>
    public ConcurrentQueue<char>? InputQueue { get; private set; }

    public override IInput<char> CreateInput() => new QuietInput();

    public override IInputProcessor CreateInputProcessor(ConcurrentQueue<char> inputBuffer, ITimeProvider? timeProvider = null)
    {
        InputQueue = inputBuffer;
        return base.CreateInputProcessor(inputBuffer, timeProvider);
    }
}

/// <summary>
/// Raw mode on, and off again when disposed (both <see cref="AnsiInput"/>'s); its read loop, which
/// wakes 50 times a second to look for keys, is replaced by waiting for the application to stop.
/// </summary>
internal sealed class QuietInput : AnsiInput, IInput<char>
{
    void IInput<char>.Run(CancellationToken runCancellationToken) => runCancellationToken.WaitHandle.WaitOne();
}
