using Terminal.Gui.Input;

namespace StrengthQuest.Tui;

/// <summary>
/// A key of a screen, as data: the key, a stable name (tests press keys by it), what it shows in the
/// status bar and the help screen. No handler and no state, so help reads it without a live screen.
/// </summary>
public record KeyRow(string Name, Key Key, string Label, string Help)
{
    /// <summary>More keys that do the same (e.g. j for ↓).</summary>
    public IReadOnlyList<Key> AlsoKeys { get; init; } = [];

    /// <summary>Shows in the status bar whatever its width (the keys that save or leave a check-in).</summary>
    public bool Essential { get; init; }

    public bool Matches(Key key) => key == Key || AlsoKeys.Contains(key);

    public string KeyText => string.Join("/", new[] { Key }.Concat(AlsoKeys).Select(Show));

    private static string Show(Key key) =>
        key == Key.CursorUp ? "↑" : key == Key.CursorDown ? "↓" : key == Key.CursorLeft ? "←" : key == Key.CursorRight ? "→"
        : key == Key.Esc ? "Esc" : key == Key.Enter ? "Enter" : key == Key.Space ? "Space" : key == Key.Backspace ? "Backspace"
        : key.ToString();
}

/// <summary>A row of <typeparamref name="TOwner"/>'s table: what the key does and when, given the screen it is bound to.</summary>
public sealed record KeyRow<TOwner>(string Name, Key Key, string Label, string Help, Action<TOwner> Run) : KeyRow(Name, Key, Label, Help)
{
    /// <summary>Whether the key does anything now; when not, it is left to the screen (e.g. "-" typed into a field).</summary>
    public Func<TOwner, bool> Active { get; init; } = static _ => true;

    public Func<TOwner, bool> InStatusBar { get; init; } = static _ => true;

    /// <summary>Why the key does nothing right now (said when pressed), or null when it works.</summary>
    public Func<TOwner, string?> DisabledReason { get; init; } = static _ => null;

    /// <summary>The label the status bar shows for this owner now, when it is not the row's own (a question's answers).</summary>
    public Func<TOwner, string?> LabelFor { get; init; } = static _ => null;

    public Binding Bind(TOwner owner) => new(this, () => Run(owner))
    {
        Label = LabelFor(owner) ?? Label,
        InStatusBar = InStatusBar(owner),
        DisabledReason = () => DisabledReason(owner),
    };
}

/// <summary>A screen's keys (or one state of a screen, such as the discard prompt), under the name help gives them.</summary>
public interface IKeyTable
{
    string Section { get; }

    IReadOnlyList<KeyRow> Rows { get; }

    /// <summary>The rows active for this owner right now, bound to it.</summary>
    IReadOnlyList<Binding> BindTo(object owner);
}

/// <summary>The key table of one kind of screen: static data, bound to a screen only when it is shown.</summary>
public sealed class KeyTable<TOwner>(string section, params KeyRow<TOwner>[] rows) : IKeyTable
    where TOwner : class
{
    public string Section => section;

    public IReadOnlyList<KeyRow> Rows => rows;

    public IReadOnlyList<Binding> Bind(TOwner owner) => [.. rows.Where(r => r.Active(owner)).Select(r => r.Bind(owner))];

    public IReadOnlyList<Binding> BindTo(object owner) => Bind((TOwner)owner);
}
