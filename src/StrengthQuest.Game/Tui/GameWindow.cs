using StrengthQuest.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui;

/// <summary>
/// The game's one window: a heading, the current screen, a message line and a status bar built
/// from the screen's bindings. It routes keys, keeps a back stack for Esc, covers everything with a
/// "make the window larger" notice below 80×24, and polls for the partner's check-ins.
/// </summary>
public sealed class GameWindow : Window
{
    public const int MinWidth = 80;
    public const int MinHeight = 24;
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    private static readonly System.Text.Rune NoHotKey = new(0xFFFF);

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

    public GameWindow(GameSession session, Func<GameWindow, Screen> first, bool color = true)
    {
        Session = session;
        _statusLine = new StatusLine(Invoke);
        _statusLine.SetScheme(color ? Theme.Status : Theme.PlainStatus);
        // No border: at 80×24 every column and row is worth more than a frame.
        BorderStyle = Terminal.Gui.Drawing.LineStyle.None;
        _heading.SetScheme(color ? Theme.Heading : Theme.PlainHeading);
        if (color)
        {
            _message.SetScheme(Theme.Message);
        }

        Add(_heading, _host, _message, _statusLine, _tooSmall);
        KeyDown += (_, key) => key.Handled = Dispatch(key);
        Show(first(this), remember: false);
    }

    public GameSession Session { get; }

    public Screen Current { get; private set; } = null!;

    /// <summary>The screen's bindings, then the global ones (a question asked replaces the screen's): the help screen lists exactly these.</summary>
    public IReadOnlyList<Binding> Bindings => _prompt is { } prompt ? [.. Answers(prompt), .. Quitting()] : [.. Current.Bindings, .. Globals()];

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

    /// <summary>The answers to a question: y, and n or Esc.</summary>
    public IEnumerable<Binding> AnswerBindings(Prompt prompt) => Answers(prompt);

    private IEnumerable<Binding> Answers(Prompt prompt)
    {
        yield return new Binding("yes", Key.Y, prompt.Yes, "Yes: do what the question says", () => Answer(prompt, yes: true));
        yield return new Binding("no", Key.N, prompt.No, "Keep going: answer no", () => Answer(prompt, yes: false)) { AlsoKeys = [Key.Esc] };
    }

    private void Answer(Prompt prompt, bool yes)
    {
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
        if (!Session.HasDraft)
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
        "Quit with your check-in in progress? It is kept for when you come back.",
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

        _timer = App.AddTimeout(PollEvery, OnTimer);
        // Ctrl+C and Ctrl+Q reach the game before any view: a text field would take Ctrl+C as "copy".
        App.Keyboard.KeyDown += (_, key) =>
        {
            if (key == Key.C.WithCtrl || key == Key.Q.WithCtrl)
            {
                key.Handled = Dispatch(key);
            }
        };
        App.ScreenChanged += (_, _) => CheckSize();
        CheckSize();
        Current.TakeFocus();
    }

    /// <summary>Shows a screen; with <paramref name="remember"/>, Esc comes back to the one before.</summary>
    public void Show(Screen screen, bool remember = true)
    {
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
        screen.Refresh();
        _host.Add(screen);
        ShowHeading();
        Say("");
        RebuildStatusBar();
        screen.TakeFocus();
        SetNeedsDraw(); // the screens leave clearing to the window
        OfferRecap();
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
        if (_back.Count == 0)
        {
            return;
        }

        _prompt = null;
        Current.Enabled = true;
        Screen left = Current;
        _host.Remove(left);
        Current = _back.Pop();
        Current.Refresh();
        _host.Add(Current);
        ShowHeading();
        left.Dispose();
        Say("");
        RebuildStatusBar();
        Current.TakeFocus();
        SetNeedsDraw();
    }

    /// <summary>Back to the first screen, closing everything above it.</summary>
    public void Home()
    {
        while (_back.Count > 0)
        {
            Back();
        }
    }

    public string Heading => _heading.Text;

    private void ShowHeading() => _heading.Text = Core.Text.SafeText.Strip(Current.Heading);

    /// <summary>One line under the screen for short feedback ("nothing to save", a disabled key).</summary>
    public void Say(string text) => _message.Text = Core.Text.SafeText.Strip(text);

    public string Message => _message.Text;

    /// <summary>The game was asked to end (by a quit key answered, or a hang-up).</summary>
    public bool QuitRequested { get; private set; }

    public void Quit()
    {
        QuitRequested = true;
        App?.RequestStop();
    }

    /// <summary>Runs a binding, or says why it cannot run.</summary>
    public void Invoke(Binding binding)
    {
        if (binding.DisabledReason() is { } reason)
        {
            Say(reason);
            return;
        }

        binding.Run();
        SetNeedsDraw();
    }

    /// <summary>Redraws the current screen from the session, e.g. after the partner checked in.</summary>
    public void RefreshScreen()
    {
        Current.Refresh();
        ShowHeading();
        RebuildStatusBar();
        SetNeedsDraw();
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

    private static bool IsPlainText(Key key) => !key.IsCtrl && !key.IsAlt && key.AsRune.Value >= 32 && key != Key.Esc;

    /// <summary>Until the window grows, only quitting makes sense — and with a check-in in progress, it asks here too.</summary>
    private void DispatchTooSmall(Key key)
    {
        bool quitKey = key == Key.Q || key == Key.Q.WithCtrl || key == Key.C.WithCtrl;
        if (_prompt is { IsQuit: true } asked)
        {
            if (key == Key.Y)
            {
                Quit();
            }
            else if (key == Key.N || key == Key.Esc)
            {
                Answer(asked, yes: false);
            }
        }
        else if (quitKey)
        {
            RequestQuit();
        }

        ShowTooSmall();
    }

    /// <summary>The keys that leave the game: q (unless typing), Ctrl+Q and Ctrl+C.</summary>
    private IEnumerable<Binding> Quitting(bool all = false)
    {
        if (all || !Current.CapturesText || _prompt is not null)
        {
            yield return new Binding("quit", Key.Q, "Quit", "Leave the game (with a check-in in progress, asks first)", RequestQuit);
        }

        yield return new Binding("quit-anywhere", Key.Q.WithCtrl, "Quit", "Leave the game, even while typing (asks first the same way)", RequestQuit)
        {
            AlsoKeys = [Key.C.WithCtrl],
            InStatusBar = Current.CapturesText && _prompt is null,
        };
    }

    /// <summary>The bindings that work on every screen (where they make sense).</summary>
    public IEnumerable<Binding> Globals(bool all = false)
    {
        if (all || (Current is not HelpScreen && !Current.CapturesText))
        {
            yield return new Binding("help", new Key('?'), "Help", "Every key binding", () => Show(new HelpScreen(Session, this)));
        }

        if (all || _back.Count > 0)
        {
            yield return new Binding("back", Key.Esc, "Back", "Back to the previous screen", () =>
            {
                if (Current.TryLeave())
                {
                    Back();
                }
            });
        }

        foreach (Binding quit in Quitting(all))
        {
            yield return quit;
        }
    }

    private void RebuildStatusBar()
    {
        if (_prompt is { } prompt)
        {
            _statusLine.Show(Answers(prompt), Quitting().Where(b => b.InStatusBar));
            return;
        }

        _statusLine.Show(Current.Bindings.Where(b => b.InStatusBar), Globals().Where(b => b.InStatusBar));
    }

    private bool OnTimer()
    {
        bool changed = false;
        if (!IsTooSmall && Session.Handle is not null)
        {
            try
            {
                if (Session.PollChanges())
                {
                    Current.Refresh();
                    changed = true;
                }
            }
            catch (Storage.StorageException e)
            {
                Say(e.Message);
                changed = true;
            }
        }

        changed |= Current.Tick();
        if (changed)
        {
            ShowHeading();
            RebuildStatusBar();
            SetNeedsDraw();
        }

        return true;
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
