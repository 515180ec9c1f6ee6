using Terminal.Gui.Input;

namespace StrengthQuest.Tui;

/// <summary>
/// One key binding, as data: the key, a stable name (tests press keys by it), what it shows in the
/// status bar and the help screen, what it does, and why it is disabled when it is.
/// </summary>
public sealed record Binding(string Name, Key Key, string Label, string Help, Action Run)
{
    /// <summary>More keys that do the same (e.g. j for ↓).</summary>
    public IReadOnlyList<Key> AlsoKeys { get; init; } = [];

    public bool InStatusBar { get; init; } = true;

    /// <summary>Why the binding does nothing right now, or null when it works.</summary>
    public Func<string?> DisabledReason { get; init; } = static () => null;

    public bool Matches(Key key) => key == Key || AlsoKeys.Contains(key);

    public string KeyText => string.Join("/", new[] { Key }.Concat(AlsoKeys).Select(Show));

    private static string Show(Key key) =>
        key == Key.CursorUp ? "↑" : key == Key.CursorDown ? "↓" : key == Key.CursorLeft ? "←" : key == Key.CursorRight ? "→"
        : key == Key.Esc ? "Esc" : key == Key.Enter ? "Enter" : key == Key.Space ? "Space" : key == Key.Backspace ? "Backspace"
        : key.ToString();
}
