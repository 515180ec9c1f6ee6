using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// A screen of the game: a thin view over text built from the game state, plus its key table.
/// The window shows one screen at a time and routes keys to it.
/// </summary>
public abstract class Screen : View
{
    protected Screen(GameSession session, GameWindow window)
    {
        Session = session;
        Window = window;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    public GameSession Session { get; }

    protected GameWindow Window { get; }

    /// <summary>The line above the screen; the window strips control characters from it when it shows it.</summary>
    public abstract string Heading { get; }

    /// <summary>The key table in force now (one per screen, or per state of it such as the discard prompt).</summary>
    public abstract IKeyTable Keys { get; }

    /// <summary>This screen's bindings right now; the window adds the global ones (help, back, quit).</summary>
    public IReadOnlyList<Binding> Bindings => Keys.BindTo(this);

    /// <summary>While true (typing into a form), single letters are text, not commands.</summary>
    public virtual bool CapturesText => false;

    /// <summary>Work the player would lose if the screen closed (a check-in in progress).</summary>
    public virtual bool HasUnsavedWork => false;

    /// <summary>Work entered while the database server was out of reach, so far kept nowhere but on screen.</summary>
    public virtual bool HoldsUnkept => false;

    /// <summary>The database server is back after being out of reach: keep what could not be kept meanwhile.</summary>
    public virtual void ServerBack()
    {
    }

    /// <summary>Whether the screen may be left now; a check-in in progress asks first and says no.</summary>
    public virtual bool TryLeave() => true;

    /// <summary>Puts the keyboard focus where typing should go (the screen itself, or a form's field).</summary>
    public virtual void TakeFocus() => SetFocus();

    /// <summary>Rebuilds the text from the session's current state.</summary>
    public abstract void Refresh();

    /// <summary>Keys no binding claimed (digits for amounts, say); true when used.</summary>
    public virtual bool HandleKey(Key key) => false;

    /// <summary>Text the terminal pasted (bracketed paste); screens without a field ignore it.</summary>
    public virtual void HandlePaste(string text)
    {
    }

    /// <summary>Called every second while shown, for timers; true when something changed.</summary>
    public virtual bool Tick() => false;

    /// <summary>The window has cleared the screen already (see <see cref="ScreenText"/>).</summary>
    protected override bool OnClearingViewport() => true;
}
