using System.Runtime.CompilerServices;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;

namespace StrengthQuest.Tui.Loop;

/// <summary>
/// The game's Terminal.Gui application on the real terminal, with a main loop that sleeps until
/// there is something to do (<see cref="TerminalWait"/>) and no input thread polling: an open game
/// nobody touches costs nothing but its own timers.
/// </summary>
internal sealed class GameTerminal : IDisposable
{
    private IDisposable? _wait;

    private GameTerminal(IApplication app) => App = app;

    public IApplication App { get; }

    /// <summary>The terminal closed under the game (seen on the terminal itself, besides SIGHUP).</summary>
    public event Action? HungUp;

    public static GameTerminal Open() =>
        (OperatingSystem.IsLinux() ? OpenQuiet() : null) ?? new GameTerminal(WithoutClipboardProbe(() => Application.Create().Init()));

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static GameTerminal? OpenQuiet()
    {
        FrameOutput output = new(AppModel.FullScreen);
        QuietComponentFactory factory = new(output);
        if (Create(factory) is not { } quiet)
        {
            output.Dispose();
            return null;
        }

        // TerminalWait paces the loop. Terminal.Gui would still sleep out the rest of 1/25 s after
        // every pass (a Task.Delay: timer and thread-pool wake-ups each time); at 1000 passes a
        // second its sleep rounds to nothing. This static is the only knob for that sleep.
        Application.MaximumIterationsPerSecond = 1000;
        WithoutClipboardProbe(() => quiet.Init());
        GameTerminal terminal = new(quiet);
        TerminalWait wait = TerminalWait.Install(quiet, factory.InputQueue!);
        wait.HungUp += () => terminal.HungUp?.Invoke();
        terminal._wait = wait;
        return terminal;
    }

    public void Dispose()
    {
        _wait?.Dispose();
        App.Dispose();
    }

    /// <summary>
    /// An application on <paramref name="factory"/>'s components. Terminal.Gui 2.5 documents this
    /// way to choose a driver's components (docfx drivers.md: "If an IComponentFactory is explicitly
    /// provided to ApplicationImpl…") but leaves its constructor internal, and its public route,
    /// DriverRegistry.Register, is ignored by Init, which knows only its three built-in drivers by
    /// name. Without this the input thread polls 50 times a second, which alone costs more than an
    /// idle game may. Null when this Terminal.Gui has no such constructor: the game then runs on
    /// the stock loop.
    /// </summary>
    private static IApplication? Create(IComponentFactory factory)
    {
        try
        {
            return (IApplication)NewApplication(factory, new SystemTimeProvider());
        }
        catch (MissingMemberException)
        {
            return null;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType("Terminal.Gui.App.ApplicationImpl, Terminal.Gui")]
    private static extern object NewApplication(IComponentFactory componentFactory, ITimeProvider timeProvider);

    /// <summary>
    /// Terminal.Gui looks for xclip while it starts, by running <c>bash -c "which xclip"</c> and
    /// waiting for it: a shell and a process on the way to the first frame, 5–10 ms here. The game
    /// has no use for the X clipboard (over SSH there is no X display, and pasting into a field is
    /// the terminal's own job), so the search runs without PATH, finds no shell, and Terminal.Gui
    /// keeps its in-process clipboard. PATH is back before anything else runs.
    /// </summary>
    private static T WithoutClipboardProbe<T>(Func<T> init)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", null);
        try
        {
            return init();
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
