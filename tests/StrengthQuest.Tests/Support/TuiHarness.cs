using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using StrengthQuest.Services;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tui;
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
/// size, virtual UI time, a fake game clock, a real SQLite file. Keys are injected by binding name
/// or as typed text; assertions read the screen text and the database.
/// </summary>
public sealed class TuiHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public TuiHarness(string now = "2026-11-24T10:00:00Z", int width = 80, int height = 24)
    {
        Clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        DatabasePath = _folder.File("sq.db");
        Database = GameDatabase.Open(DatabasePath);
        Game = new GameService(Database, CatalogLoader.LoadBuiltIn(), Clock);
        UiTime = new VirtualTimeProvider();
        App = Application.Create(UiTime).Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
    }

    public FakeTimeProvider Clock { get; }

    public VirtualTimeProvider UiTime { get; }

    public string DatabasePath { get; }

    public GameDatabase Database { get; }

    public GameService Game { get; }

    public IApplication App { get; }

    public GameWindow Window { get; private set; } = null!;

    public GameSession Session { get; private set; } = null!;

    public string Screen => App.Driver!.ToString() ?? "";

    /// <summary>Opens the game as the launcher does: the named player, the only one, onboarding or the picker.</summary>
    /// <remarks>
    /// Last week's recap shows by itself on a player's first open after their week is over; tests
    /// open on the dashboard unless they ask for that (<paramref name="recapSeen"/>: false).
    /// </remarks>
    public TuiHarness Open(string? player = null, bool locked = false, bool recapSeen = true)
    {
        string? handle = player ?? (Game.Players() is [var only] ? only.Player.Handle : null);
        if (recapSeen && handle is not null)
        {
            Game.RecapToShow(handle);
        }

        Session = new GameSession(Game, handle, locked);
        Session.Reload();
        Window = new GameWindow(Session, TuiLauncher.First(Session));
        App.Begin(Window);
        Draw();
        return this;
    }

    /// <summary>Opens the game as a key line's forced command does: the key's owner, or sign-up for a key new here.</summary>
    public TuiHarness OpenWithKey(string fingerprint, int? maxPlayers = null)
    {
        Session = new GameSession(Game, Game.KeyOwner(fingerprint)?.Handle, locked: true) { Key = new KeyLogin(fingerprint, maxPlayers) };
        Session.Reload();
        Window = new GameWindow(Session, TuiLauncher.First(Session));
        App.Begin(Window);
        Draw();
        return this;
    }

    public void Draw() => App.LayoutAndDraw();

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

    public void Dispose()
    {
        Window?.Dispose();
        App.Dispose();
        Database.Dispose();
        _folder.Dispose();
    }
}
