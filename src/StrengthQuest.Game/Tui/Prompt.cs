namespace StrengthQuest.Tui;

/// <summary>
/// A yes/no question the window asks over any screen (discard, undo, delete, unlink, quit): while it
/// is open, y answers yes and n or Esc answers no, and nothing else but quitting is bound.
/// </summary>
public sealed record Prompt(string Question, string Yes, string No, Action OnYes)
{
    /// <summary>What "no" does besides closing the question.</summary>
    public Action OnNo { get; init; } = static () => { };

    /// <summary>The question asked before leaving the game with a check-in in progress.</summary>
    public bool IsQuit { get; init; }
}
