using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using StrengthQuest.TestSupport;
using StrengthQuest.Services;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace StrengthQuest.Tests.Support;

internal static class HeadlessDriver
{
    /// <summary>No test may touch the real terminal.</summary>
    [ModuleInitializer]
    public static void Init() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}

/// <summary>
/// The real game window, headless: its own Terminal.Gui application on the ANSI driver at a fixed
/// size, virtual UI time, a fake game clock, a real SQLite file (or a database of the test
/// PostgreSQL cluster). Keys are injected by binding name
/// or as typed text; assertions read the screen text and the database.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private SessionToken? _session;

    /// <param name="clock">The game's clock, when not <see cref="Clock"/> (a clock that fails, say).</param>
    public TuiHarness(string now = "2026-11-24T10:00:00Z", int width = 80, int height = 24, TimeProvider? clock = null, Engine engine = Engine.Sqlite)
        : this(new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)), engine == Engine.Postgres ? PostgresCluster.NewDatabase() : null, width, height, clock)
    {
    }

    private TuiHarness(FakeTimeProvider fake, string? databasePath, int width, int height, TimeProvider? clock)
    {
        Clock = fake;
        DatabasePath = databasePath ?? _folder.File("sq.db");
        Errors = new ErrorLog(Path.Combine(_folder.Path, "state", "strengthquest", "errors.log"));
        Database = GameDatabase.Open(DatabasePath);
        Game = new GameService(Database, CatalogLoader.LoadBuiltIn(), clock ?? Clock);
        UiTime = new VirtualTimeProvider();
        App = Application.Create(UiTime).Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
    }

    /// <summary>Kim, alone (no partner), in UTC, on the dashboard.</summary>
    public static TuiHarness Solo(string now = "2026-11-24T15:00:00Z", Engine engine = Engine.Sqlite)
    {
        TuiHarness tui = new(now, engine: engine);
        tui.Game.AddPlayer("kim", "Kim", "UTC", 4);
        return tui.Open("kim");
    }

    /// <summary>Alex (Berlin) and Sam (New York), a couple with no history, Alex on the dashboard.</summary>
    public static TuiHarness Couple(string now = "2026-11-24T15:00:00Z", Engine engine = Engine.Sqlite)
    {
        TuiHarness tui = new(now, engine: engine);
        Seeds.Couple(tui.Game);
        return tui.Open("alex");
    }

    /// <summary>A game on the database at <paramref name="address"/> (made and filled by the caller), on no screen yet.</summary>
    public static TuiHarness At(string address, string now = "2026-11-24T15:00:00Z") =>
        new(new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)), address, 80, 24, null);

    /// <summary>A second connection to the same database and clock (another terminal, the same player or the partner).</summary>
    public TuiHarness Connect(int width = 80, int height = 24) => new(Clock, DatabasePath, width, height, null);

    public FakeTimeProvider Clock { get; }

    public VirtualTimeProvider UiTime { get; }

    public string DatabasePath { get; }

    /// <summary>The game's error log, in the test's own folder.</summary>
    public ErrorLog Errors { get; }

    /// <summary>What the game wrote to its error log ("" when nothing went wrong).</summary>
    public string Logged => File.Exists(Errors.Path) ? File.ReadAllText(Errors.Path) : "";

    public GameDatabase Database { get; }

    public GameService Game { get; }

    public IApplication App { get; }

    public GameWindow Window { get; private set; } = null!;

    public GameSession Session { get; private set; } = null!;

    public string Screen => App.Driver!.ToString() ?? "";

    /// <summary>
    /// Opens the game as the launcher does: the named player, the only one, onboarding or the picker
    /// (or the first screen given).
    /// </summary>
    /// <remarks>
    /// Last week's recap shows by itself on a player's first open after their week is over; tests
    /// open on the dashboard unless they ask for that (<paramref name="recapSeen"/>: false).
    /// </remarks>
    public TuiHarness Open(string? player = null, bool locked = false, bool recapSeen = true, Func<GameSession, Func<GameWindow, Screen>>? first = null)
    {
        string? handle = player ?? (Game.Players() is [var only] ? only.Player.Handle : null);
        if (recapSeen && handle is not null)
        {
            Game.RecapToShow(handle);
        }

        Session = new GameSession(Game, handle, locked);
        Session.Reload();
        Window = new GameWindow(Session, (first ?? TuiLauncher.First)(Session), errors: Errors);
        _session = App.Begin(Window);
        Draw();
        return this;
    }

    /// <summary>True once the game asked to quit (q, or Ctrl+Q on the welcome screen).</summary>
    public bool Quitting => Window.StopRequested;

    /// <summary>Ends the game window as the launcher does after a quit; <see cref="Open"/> starts it again.</summary>
    public void Close()
    {
        if (_session is not null)
        {
            App.End(_session);
            _session = null;
        }

        Session.Leave();
        Session.Dispose();
        Window.Dispose();
        Window = null!;
    }

    /// <summary>Opens the game as a key line's forced command does: the key's owner, or sign-up for a key new here.</summary>
    public TuiHarness OpenWithKey(string fingerprint, int? maxPlayers = null)
    {
        Session = new GameSession(Game, Game.KeyOwner(fingerprint)?.Handle, locked: true) { Key = new KeyLogin(fingerprint, maxPlayers) };
        Session.Reload();
        Window = new GameWindow(Session, TuiLauncher.First(Session), errors: Errors);
        _session = App.Begin(Window);
        Draw();
        return this;
    }

    public void Draw() => App.LayoutAndDraw();

    /// <summary>A count read from the database file directly, as an auditor would.</summary>
    public long Count(string sql) => Sqlite.Scalar<long>(DatabasePath, sql);

    /// <summary>Presses the key bound to <paramref name="binding"/> on the current screen (or globally).</summary>
    public void Press(string binding)
    {
        Binding found = Window.Bindings.FirstOrDefault(b => b.Name == binding)
            ?? throw new InvalidOperationException($"No binding \"{binding}\" on {Window.Current.GetType().Name}; there are: {string.Join(", ", Window.Bindings.Select(b => b.Name))}");
        Press(found.Key);
    }

    public void Press(Key key)
    {
        App.InjectKey(key);
        Draw();
    }

    public void Type(string text)
    {
        foreach (char c in text)
        {
            App.InjectKey(new Key(c));
        }

        Draw();
    }

    /// <summary>UI time passes a second at a time, running the window's timers as it goes.</summary>
    public void Wait(int seconds)
    {
        for (int i = 0; i < seconds; i++)
        {
            UiTime.Advance(TimeSpan.FromSeconds(1));
            App.TimedEvents!.RunTimers();
        }

        Draw();
    }

    /// <summary>
    /// Runs what other threads handed to the UI (PostgreSQL's listener waking the game) as the main
    /// loop would, without letting UI time pass, until <paramref name="shown"/> is on screen or
    /// <paramref name="seconds"/> of real time are up; returns how long it took.
    /// </summary>
    public TimeSpan Until(string shown, double seconds = 2)
    {
        System.Diagnostics.Stopwatch took = System.Diagnostics.Stopwatch.StartNew();
        Poll.Until(
            () =>
            {
                App.TimedEvents!.RunTimers();
                Draw();
                return Screen.Contains(shown, StringComparison.Ordinal);
            },
            () => $"\"{shown}\" did not show within {seconds} s; the screen:\n{Screen}",
            seconds);
        return took.Elapsed;
    }

    public void Dispose()
    {
        if (_session is not null)
        {
            App.End(_session);
        }

        Session?.Dispose();
        Window?.Dispose();
        App.Dispose();
        Database.Dispose();
        _folder.Dispose();
    }
}
