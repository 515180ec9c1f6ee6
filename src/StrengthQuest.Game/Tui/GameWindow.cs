using StrengthQuest.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui;

/// <summary>
/// The game's one window: a heading, the current screen, a message line and a status bar built
/// from the screen's bindings. It routes keys, keeps a back stack for Esc, covers everything with a
/// "make the window larger" notice below 80×24, and polls for the partner's check-ins. Whatever a
/// screen throws is caught here: logged, said in one line, and the game goes on.
/// </summary>
public sealed class GameWindow : Window
{
    public const int MinWidth = 80;
    public const int MinHeight = 24;
    private const int MaxMessageRows = 3;
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    /// <summary>For labels whose text is text: a "_" in it (America/New_York, a name) is not a hot-key marker.</summary>
    public static readonly System.Text.Rune NoHotKey = new(0xFFFF);

    private readonly Stack<Screen> _back = new();
    // Headings and messages carry names: a "_" in them is text, not a hot-key marker.
    private readonly Label _heading = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, Text = "", HotKeySpecifier = NoHotKey };
    private readonly ScreenHost _host = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true };
    private readonly Label _message = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "", HotKeySpecifier = NoHotKey };
    private readonly StatusLine _statusLine;
    private readonly Label _tooSmall = new() { X = Pos.Center(), Y = Pos.Center(), Width = Dim.Auto(), Height = Dim.Auto(), Visible = false };
    private object? _timer;
    private Prompt? _prompt;
    private bool _recapOffered;
    private string? _lastLogged;
    private string _said = "";
    private string? _lostShown;
    private int _messageRows = 1;

    public GameWindow(GameSession session, Func<GameWindow, Screen> first, bool color = true, ErrorLog? errors = null)
    {
        Session = session;
        Errors = errors ?? ErrorLog.FromEnvironment(Environment.GetEnvironmentVariable);
        _statusLine = new StatusLine(Invoke);
        _statusLine.SetScheme(color ? Theme.Status : Theme.PlainStatus);
        // No border: at 80×24 every column and row is worth more than a frame.
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        _heading.SetScheme(color ? Theme.Heading : Theme.PlainHeading);
        if (color)
        {
            _message.SetScheme(Theme.Message);
        }

        // The game fills the terminal; Ctrl+F5 must not start moving or resizing it.
        Arrangement = ViewArrangement.Fixed;
        Add(_heading, _host, _message, _statusLine, _tooSmall);
        KeyDown += (_, key) => key.Handled = Guard(() => Dispatch(key));
        Show(first(this), remember: false);
    }

    /// <summary>The keys that work on every screen (where they make sense); while a question is asked, only the quit keys.</summary>
    public static KeyTable<GameWindow> EverywhereKeys { get; } = new(
        "Everywhere",
        new KeyRow<GameWindow>("help", new Key('?'), "Help", "Every key of every screen", w => w.Show(new HelpScreen(w.Session, w)))
        {
            Active = w => w._prompt is null && w.Current is not HelpScreen && !w.Current.CapturesText,
        },
        new KeyRow<GameWindow>("back", Key.Esc, "Back", "Back to the previous screen (a check-in in progress is kept)", w =>
        {
            if (w.Current.TryLeave())
            {
                w.Back();
            }
        })
        {
            Active = w => w._prompt is null && w._back.Count > 0,
        },
        new KeyRow<GameWindow>("quit", Key.Q, "Quit", "Leave the game (with a check-in in progress, asks first)", w => w.RequestQuit())
        {
            Active = w => w._prompt is not null || !w.Current.CapturesText,
        },
        new KeyRow<GameWindow>("quit-anywhere", Key.Q.WithCtrl, "Quit", "Leave the game, even while typing (asks first the same way)", w => w.RequestQuit())
        {
            AlsoKeys = [Key.C.WithCtrl],
            InStatusBar = w => w._prompt is null && w.Current.CapturesText,
        });

    /// <summary>The answers to any yes/no question the window asks: y, and n or Esc (the labels are the question's own).</summary>
    public static KeyTable<GameWindow> QuestionKeys { get; } = new(
        "Any yes/no question",
        new KeyRow<GameWindow>("yes", Key.Y, "Yes", "Yes: do what the question says", w => w.Answer(yes: true))
        {
            Essential = true,
            LabelFor = w => w._prompt?.Yes,
        },
        new KeyRow<GameWindow>("no", Key.N, "No", "Keep going: answer no", w => w.Answer(yes: false))
        {
            AlsoKeys = [Key.Esc],
            Essential = true,
            LabelFor = w => w._prompt?.No,
        });

    public GameSession Session { get; }

    /// <summary>Where unexpected exceptions are written.</summary>
    public ErrorLog Errors { get; }

    public Screen Current { get; private set; } = null!;

    /// <summary>The current screen's bindings first (a question asked replaces them), then the global ones.</summary>
    public IReadOnlyList<Binding> Bindings => [.. ScreenBindings, .. Globals()];

    private IReadOnlyList<Binding> ScreenBindings => _prompt is null ? Current.Bindings : QuestionKeys.Bind(this);

    /// <summary>The question being asked, if any.</summary>
    public Prompt? Asking => _prompt;

    /// <summary>Asks a yes/no question over the current screen.</summary>
    public void Ask(Prompt prompt)
    {
        // A field being typed into would take y and n as letters: the screen rests while asked.
        Current.Enabled = false;
        _prompt = prompt;
        Say(prompt.Question);
        RebuildStatusBar();
        SetNeedsDraw();
    }

    private void Answer(bool yes)
    {
        if (_prompt is not { } prompt)
        {
            return;
        }

        _prompt = null;
        Current.Enabled = true;
        Current.TakeFocus();
        Say("");
        (yes ? prompt.OnYes : prompt.OnNo)();
        RebuildStatusBar();
        SetNeedsDraw();
    }

    /// <summary>
    /// Every way out: with a check-in in progress it asks first (it is kept as a draft either way);
    /// asked already, it waits for the answer.
    /// </summary>
    public void RequestQuit()
    {
        if (!Session.HasDraft && !Current.HasUnsavedWork)
        {
            Quit();
        }
        else if (_prompt?.IsQuit == true)
        {
            Say(_prompt.Question);
        }
        else
        {
            Ask(QuitPrompt);
        }
    }

    private Prompt QuitPrompt => new(
        Current.HoldsUnkept
            ? "Quit with your check-in in progress? What you entered since the server went away is lost."
            : "Quit with your check-in in progress? It is kept for when you come back.",
        "Yes, quit",
        "No, keep playing",
        Quit) { IsQuit = true };

    public bool IsTooSmall { get; private set; }

    public override void EndInit()
    {
        base.EndInit();
        if (App is null)
        {
            return;
        }

        _timer = App.AddTimeout(PollEvery, () => Guard(OnTimer));
        Session.Woken += OnWoken;
        // Ctrl+C and Ctrl+Q reach the game before any view: a text field would take Ctrl+C as "copy".
        App.Keyboard.KeyDown += OnAppKeyDown;
        App.ScreenChanged += OnScreenChanged;
        App.Paste += OnPaste;
        CheckSize();
        Current.TakeFocus();
    }

    /// <summary>
    /// Shows a screen; with <paramref name="remember"/>, Esc comes back to the one before. The screen
    /// is filled in first: if that fails, the screen shown before stays.
    /// </summary>
    public void Show(Screen screen, bool remember = true)
    {
        Exception? failed = null;
        try
        {
            screen.Refresh();
        }
        catch (Exception) when (Current is not null)
        {
            screen.Dispose();
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The very first screen: shown anyway, with the trouble said under it.
            Log(e);
            failed = e;
        }

        _prompt = null;
        if (Current is not null)
        {
            Current.Enabled = true;
            _host.Remove(Current);
            if (remember)
            {
                _back.Push(Current);
            }
            else
            {
                Current.Dispose();
            }
        }

        Current = screen;
        _host.Add(screen);
        ShowHeading();
        Say(failed is null ? "" : Trouble(failed, MinWidth));
        RebuildStatusBar();
        screen.TakeFocus();
        SetNeedsDraw(); // the screens leave clearing to the window
        // An extra on the way: if it fails, the dashboard shown stays, with the trouble said.
        Guard(() =>
        {
            OfferRecap();
            return true;
        });
    }

    /// <summary>The first time the dashboard opens after the player's week is over, last week's recap shows by itself.</summary>
    private void OfferRecap()
    {
        if (_recapOffered || Current is not DashboardScreen || Session.Handle is not { } handle)
        {
            return;
        }

        _recapOffered = true;
        if (Session.Game.RecapToShow(handle) is { } recap)
        {
            Show(new RecapScreen(Session, this, recap));
        }
    }

    /// <summary>Back to the previous screen (or the dashboard); the left screen is disposed.</summary>
    public void Back()
    {
        if (_back.Count > 0)
        {
            ReturnTo(1);
        }
    }

    /// <summary>Back to the first screen, closing everything above it.</summary>
    public void Home()
    {
        if (_back.Count > 0)
        {
            ReturnTo(_back.Count);
        }
    }

    /// <summary>
    /// Closes the current screen and <paramref name="levels"/> − 1 below it. The screen returned to is
    /// filled in first: if that fails, the screen shown stays.
    /// </summary>
    private void ReturnTo(int levels)
    {
        _back.ElementAt(levels - 1).Refresh();
        _prompt = null;
        Current.Enabled = true;
        Screen left = Current;
        _host.Remove(left);
        for (int i = 1; i < levels; i++)
        {
            _back.Pop().Dispose();
        }

        Current = _back.Pop();
        _host.Add(Current);
        ShowHeading();
        left.Dispose();
        Say("");
        RebuildStatusBar();
        Current.TakeFocus();
        SetNeedsDraw();
    }

    public string Heading => _heading.Text;

    private void ShowHeading() => _heading.Text = Core.Text.SafeText.Strip(Current.Heading);

    /// <summary>A line under the screen for short feedback ("nothing to save", a disabled key); a longer one wraps.</summary>
    public void Say(string text)
    {
        _said = Core.Text.SafeText.Strip(text);
        ShowMessage();
    }

    public string Message => _said;

    /// <summary>The message in as many rows as it needs (up to <see cref="MaxMessageRows"/>); the screen gives way for them.</summary>
    private void ShowMessage()
    {
        int width = App?.Screen.Size.Width is > 0 and int w ? w : MinWidth;
        string[] rows = [.. _said.Split('\n').SelectMany(line => Tui.Text.TextWrap.Rows(line, width)).Take(MaxMessageRows)];
        int height = Math.Max(1, rows.Length);
        _message.Text = string.Join('\n', rows);
        if (_messageRows != height)
        {
            _messageRows = height;
            _message.Height = height;
            _message.Y = Pos.AnchorEnd(height + 1);
            _host.Height = Dim.Fill(height + 1);
        }

        SetNeedsLayout();
    }

    /// <summary>The game was asked to end (by a quit key answered, or a hang-up).</summary>
    public bool QuitRequested { get; private set; }

    public void Quit()
    {
        QuitRequested = true;
        App?.RequestStop();
    }

    /// <summary>Runs a binding, or says why it cannot run.</summary>
    public void Invoke(Binding binding) => Guard(() =>
    {
        if (binding.DisabledReason() is { } reason)
        {
            Say(reason);
            return true;
        }

        binding.Run();
        SetNeedsDraw();
        return true;
    });

    /// <summary>The line said when something failed unexpectedly; the monkey test looks for it.</summary>
    public const string TroublePrefix = "That did not work: ";

    /// <summary>
    /// Runs one step of the game (a key, a click, a paste, a tick). An unexpected exception does not
    /// end the game: it is written to the error log, said in one line, and the game stays on a screen
    /// that works — the same one when it can still draw itself, and always a check-in in progress.
    /// </summary>
    public bool Guard(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Recover(e);
            return true;
        }
    }

    private void Recover(Exception error)
    {
        Log(error);
        try
        {
            while (!Refreshes(Current) && !Current.HasUnsavedWork && _back.Count > 0)
            {
                Screen broken = Current;
                _host.Remove(broken);
                Current = _back.Pop();
                _host.Add(Current);
                broken.Dispose();
            }

            ShowHeading();
            RebuildStatusBar();
            Current.TakeFocus();
        }
        catch (Exception again) when (again is not OutOfMemoryException)
        {
            Log(again);
        }

        Say(Trouble(error, MinWidth));
        SetNeedsDraw();
    }

    private bool Refreshes(Screen screen)
    {
        try
        {
            screen.Refresh();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log(e);
            return false;
        }
    }

    /// <summary>Writes the exception to the log, once while it repeats (a failing poll would every second).</summary>
    private void Log(Exception error)
    {
        string key = error.GetType().FullName + error.Message + error.StackTrace;
        if (key == _lastLogged)
        {
            return;
        }

        _lastLogged = key;
        Errors.Write(TimeProvider.System.GetUtcNow(), $"on the {Current?.Keys.Section ?? "first"} screen", error);
    }

    /// <summary>"That did not work: REASON, nothing was lost." in at most <paramref name="width"/> columns.</summary>
    public static string Trouble(Exception error, int width)
    {
        const string End = ", nothing was lost.";
        string reason = Core.Text.SafeText.Strip(error.Message.Split('\n')[0]).Trim().TrimEnd('.');
        int room = Math.Max(1, width - TroublePrefix.Length - End.Length);
        if (reason.Length > room)
        {
            reason = reason[..(room - 1)] + "…";
        }

        return TroublePrefix + (reason.Length == 0 ? error.GetType().Name : reason) + End;
    }

    /// <summary>Redraws the current screen from the session, e.g. after the partner checked in.</summary>
    public void RefreshScreen()
    {
        Current.Refresh();
        ShowHeading();
        RebuildStatusBar();
        SetNeedsDraw();
    }

    /// <summary>
    /// A bracketed paste goes to the current screen's field (never to its commands), whichever view
    /// Terminal.Gui thinks has the focus, and never escapes as a crash.
    /// </summary>
    private void OnPaste(object? sender, PasteEventArgs paste)
    {
        paste.Handled = true;
        if (!IsTooSmall)
        {
            Guard(() =>
            {
                Current.HandlePaste(paste.Text);
                SetNeedsDraw();
                return true;
            });
        }
    }

    private bool Dispatch(Key key)
    {
        if (IsTooSmall)
        {
            DispatchTooSmall(key);
            return true;
        }

        bool typing = Current.CapturesText && _prompt is null;
        foreach (Binding binding in Bindings)
        {
            if (binding.Matches(key) && (!typing || !IsPlainText(key)))
            {
                Invoke(binding);
                return true;
            }
        }

        if (_prompt is not null)
        {
            // A question is open: only its answers (and quitting) count.
            return true;
        }

        if (Current.HandleKey(key))
        {
            SetNeedsDraw();
            return true;
        }

        // Esc never closes the game by accident; the quit binding does.
        return key == Key.Esc;
    }

    private static bool IsPlainText(Key key) => TypedKey.Rune(key) is not null;

    private void OnAppKeyDown(object? sender, Key key)
    {
        if (key == Key.C.WithCtrl || key == Key.Q.WithCtrl)
        {
            key.Handled = Guard(() => Dispatch(key));
        }
    }

    /// <summary>Until the window grows, only quitting makes sense — and with a check-in in progress, it asks here too.</summary>
    private void DispatchTooSmall(Key key)
    {
        bool quitKey = key == Key.Q || key == Key.Q.WithCtrl || key == Key.C.WithCtrl;
        if (_prompt is { IsQuit: true })
        {
            if (key == Key.Y)
            {
                Quit();
            }
            else if (key == Key.N || key == Key.Esc)
            {
                Answer(yes: false);
            }
        }
        else if (quitKey)
        {
            RequestQuit();
        }

        ShowTooSmall();
    }

    /// <summary>The bindings that work on the current screen whatever it is.</summary>
    public IReadOnlyList<Binding> Globals() => EverywhereKeys.Bind(this);

    private void RebuildStatusBar() => _statusLine.Show(ScreenBindings.Where(b => b.InStatusBar), Globals().Where(b => b.InStatusBar));

    private bool OnTimer()
    {
        bool changed = PollSession();
        changed |= Current.Tick();
        if (changed)
        {
            ShowHeading();
            RebuildStatusBar();
            SetNeedsDraw();
        }

        return true;
    }

    /// <summary>The session has news now (PostgreSQL's listener heard it, on its own thread): look at once, on the loop's thread.</summary>
    private void OnWoken() => App?.Invoke(() => Guard(() =>
    {
        if (PollSession())
        {
            ShowHeading();
            RebuildStatusBar();
            SetNeedsDraw();
        }

        return true;
    }));

    /// <summary>Reloads when the couple changed; says when the server went away and when it is back.</summary>
    private bool PollSession()
    {
        if (IsTooSmall || Session.Handle is null)
        {
            return false;
        }

        string? lost = Session.ServerLost;
        bool linkChanged = lost != _lostShown;
        _lostShown = lost;
        if (linkChanged)
        {
            Say(lost is null ? Tui.Text.ServerText.Back : Tui.Text.ServerText.Lost(lost));
        }

        try
        {
            if (Session.PollChanges())
            {
                Current.Refresh();
                if (linkChanged)
                {
                    Current.ServerBack();
                }

                return true;
            }
        }
        catch (Storage.StorageException e)
        {
            Say(e.Message);
            return true;
        }

        return linkChanged;
    }

    private void OnScreenChanged(object? sender, EventArgs e)
    {
        CheckSize();
        ShowMessage();
    }

    private void ShowTooSmall()
    {
        System.Drawing.Size size = App?.Screen.Size ?? new System.Drawing.Size(MinWidth, MinHeight);
        string ask = _prompt?.IsQuit == true
            ? "Your check-in in progress is kept.\nQuit now? y quits, n keeps waiting."
            : "(q quits)";
        _tooSmall.Text = $"StrengthQuest needs a window of at least {MinWidth}×{MinHeight}.\nThis one is {size.Width}×{size.Height}: please make it larger.\n\n{ask}";
        SetNeedsDraw();
    }

    private void CheckSize()
    {
        System.Drawing.Size size = App?.Screen.Size ?? new System.Drawing.Size(MinWidth, MinHeight);
        bool small = size.Width < MinWidth || size.Height < MinHeight;
        ShowTooSmall();
        if (small == IsTooSmall)
        {
            return;
        }

        IsTooSmall = small;
        _tooSmall.Visible = small;
        _host.Visible = !small;
        _heading.Visible = !small;
        _statusLine.Visible = !small;
        _message.Visible = !small;
        SetNeedsDraw();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _timer is not null)
        {
            App?.RemoveTimeout(_timer);
            _timer = null;
        }

        // A window closed while the application goes on (a game restarted) leaves no handler behind.
        if (disposing)
        {
            Session.Woken -= OnWoken;
        }

        if (disposing && App is not null)
        {
            App.Paste -= OnPaste;
            App.Keyboard.KeyDown -= OnAppKeyDown;
            App.ScreenChanged -= OnScreenChanged;
        }

        if (disposing)
        {
            foreach (Screen screen in _back)
            {
                screen.Dispose();
            }

            _back.Clear();
        }

        base.Dispose(disposing);
    }

    /// <summary>Where the current screen sits. Like the screens, it leaves clearing to the window.</summary>
    private sealed class ScreenHost : View
    {
        protected override bool OnClearingViewport() => true;
    }
}
