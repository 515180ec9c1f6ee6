using Terminal.Gui.Input;

namespace StrengthQuest.Tui;

/// <summary>
/// One key binding as it works right now: a row of a screen's key table, bound to that screen, with
/// whether it shows in the status bar and why it is disabled when it is.
/// </summary>
public sealed record Binding(KeyRow Row, Action Run)
{
    public string Name => Row.Name;

    /// <summary>A copy of the row's key: a Key is mutable (Handled), and the row's is shared by every screen of its kind.</summary>
    public Key Key => new(Row.Key);

    /// <summary>What the status bar shows: the row's label, unless bound with one of the moment's own.</summary>
    public string Label { get; init; } = Row.Label;

    public string Help => Row.Help;

    public string KeyText => Row.KeyText;

    /// <summary>Keys that save or leave a check-in: they show in the status bar whatever its width.</summary>
    public bool Essential => Row.Essential;

    public bool InStatusBar { get; init; } = true;

    /// <summary>Why the binding does nothing right now, or null when it works.</summary>
    public Func<string?> DisabledReason { get; init; } = static () => null;

    public bool Matches(Key key) => Row.Matches(key);
}
