using System.CommandLine;
using System.Runtime.InteropServices;
using StrengthQuest.Cli;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Tui.Loop;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.App;

namespace StrengthQuest.Tui;

/// <summary>
/// Starts the full-screen game: refuses at once without a terminal, picks the player (the one named,
/// the only one, onboarding or a picker), and ends promptly on hang-up with nothing half-written.
/// </summary>
internal static class TuiLauncher
{
    public static int Run(ParseResult parse, CliRuntime runtime, string? player)
    {
        if (TerminalCheck.Missing)
        {
            return runtime.Fail(ExitCodes.Usage, TerminalCheck.Needed);
        }

        string? key = parse.GetValue(runtime.KeyOption);
        if (key is not null && (player is not null || !Ssh.PublicKey.IsFingerprint(key)))
        {
            return runtime.Fail(ExitCodes.Usage, "--key takes a key's SHA256:… fingerprint, and no --player: the key's owner is the player.");
        }

        return runtime.Run(parse, game =>
        {
            // An unknown player fails in Reload, as invalid data, before any screen opens; an unknown key signs up.
            string? handle = key is not null ? game.KeyOwner(key)?.Handle : player ?? Single(game);
            GameSession session = new(game, handle, locked: player is not null || key is not null)
            {
                Key = key is null ? null : new KeyLogin(key, runtime.MaxPlayers(parse)),
            };
            session.Enter();
            session.Reload();
            return Play(session, runtime.Environment);
        });
    }

    /// <summary>Runs the game window until quit or hang-up.</summary>
    public static int Play(GameSession session, Func<string, string?> environment)
    {
        bool color = Theme.ColorAllowed(environment);
        if (!color)
        {
            Theme.UseNoColor();
        }

        using GameTerminal terminal = GameTerminal.Open();
        IApplication app = terminal.App;
        app.Driver!.Force16Colors = !Theme.TrueColor(environment);
        KeepIdleCursorQuiet(app);
        using GameWindow window = new(session, First(session), color);
        using PosixSignalRegistration hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal(app, window));
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal(app, window));
        terminal.HungUp += () => Stop(app, window, 128 + SignalNumber(PosixSignal.SIGHUP));

        app.Run(window);
        session.Leave();
        session.Dispose();
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Terminal.Gui 2.5 never lowers its "cursor needs update" flag, so an idle game re-sent the
    /// cursor (hide, move home) on every pass of its loop: 25 writes and 300 bytes a second of
    /// nothing, over SSH too. Each pass now starts with the flag down unless a frame was drawn since
    /// the last pass began (the first frame is drawn before the loop starts); whatever the pass does
    /// (a key, a focus change, a redraw) raises it again.
    /// </summary>
    private static void KeepIdleCursorQuiet(IApplication app)
    {
        bool drawn = true;
        app.LayoutAndDrawComplete += (_, _) => drawn = true;
        app.Iteration += (_, _) =>
        {
            if (!drawn)
            {
                app.Driver?.SetCursorNeedsUpdate(false);
            }

            drawn = false;
        };
    }

    public static Func<GameWindow, Screen> First(GameSession session) => window =>
        session.Handle is not null ? new DashboardScreen(session, window)
        : session.Key is not null ? new NewKeyScreen(session, window)
        : session.Game.Players().Count == 0 ? new OnboardingScreen(session, window)
        : new PickerScreen(session, window);

    private static string? Single(GameService game) =>
        game.Players() is [var only] ? only.Player.Handle : null;

    private static Action<PosixSignalContext> OnSignal(IApplication app, GameWindow window) => context =>
    {
        context.Cancel = true;
        Stop(app, window, 128 + SignalNumber(context.Signal));
    };

    /// <summary>
    /// A closed terminal or a dropped SSH link: stop the UI, and if it has not stopped within half a
    /// second (its terminal is gone, so restoring it can block), leave at once. Every write is one
    /// SQLite transaction, so leaving at any moment never leaves anything half-written.
    /// </summary>
    private static void Stop(IApplication app, GameWindow window, int code)
    {
        app.Invoke(window.Quit);
        _ = Task.Delay(TimeSpan.FromMilliseconds(500)).ContinueWith(_ => Exit(code), TaskScheduler.Default);
    }

    private static int SignalNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGTERM => 15,
        _ => 0,
    };

    /// <summary>Ends the process now, without running shutdown code that might wait on a dead terminal.</summary>
    private static void Exit(int code) => NativeMethods.Exit(code);

}
