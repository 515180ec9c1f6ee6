using System.Collections.Concurrent;
using System.Text;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;

namespace StrengthQuest.Tui.Loop;

/// <summary>
/// Terminal.Gui's ANSI driver without its input thread's polling: the input side still sets the
/// terminal to raw mode and puts it back, but reads nothing; <see cref="TerminalWait"/> reads the
/// terminal on the main loop when poll(2) says there is something, into the queue kept here.
/// </summary>
internal sealed class QuietComponentFactory(FrameOutput output) : AnsiComponentFactory(output: output)
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

/// <summary>
/// <see cref="AnsiOutput"/> writing each frame to the terminal at once: Terminal.Gui writes every
/// changed run and every cursor move on its own (some fifty writes for one key in the check-in),
/// so a terminal, or an SSH link, could show half a frame. Full-screen only, as the game is.
/// </summary>
internal sealed class FrameOutput(Terminal.Gui.App.AppModel appModel) : AnsiOutput(appModel)
{
    private StringBuilder? _frame;

    public override void Write(IOutputBuffer buffer)
    {
        _frame = new StringBuilder();
        try
        {
            base.Write(buffer);
        }
        finally
        {
            StringBuilder frame = _frame;
            _frame = null;
            if (frame.Length > 0)
            {
                base.Write(frame);
            }
        }
    }

    protected override void Write(StringBuilder output)
    {
        if (_frame is null)
        {
            base.Write(output);
        }
        else
        {
            _frame.Append(output);
        }
    }

    protected override bool SetCursorPositionImpl(int col, int row)
    {
        if (_frame is null)
        {
            return base.SetCursorPositionImpl(col, row);
        }

        // As AnsiOutput: nothing to do where the cursor already is; full screen has no row offset.
        if (GetCursor().Position is { } at && at.X == col && at.Y == row)
        {
            return false;
        }

        _frame.Append(EscSeqUtils.CSI_SetCursorPosition(row + 1, col + 1));
        return true;
    }
}
