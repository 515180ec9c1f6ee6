using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// A screen of labelled text fields under a few lines of introduction. Each field takes exactly what
/// it asks for and says why it refuses anything else (a key or a paste); Enter checks the field and
/// moves to the next one, and on the last one submits. While it is shown, letters are text (Ctrl+Q
/// still quits).
/// </summary>
public abstract class FormScreen : Screen
{
    private const int FirstRow = 4;
    private const int RowsBelow = 2;
    private readonly TextField[] _fields;
    private readonly int _lastRow;
    private readonly IReadOnlyList<FormField> _rules;

    /// <param name="gapBefore">Index of a field that starts a new group (a blank row above it), or -1.</param>
    protected FormScreen(GameSession session, GameWindow window, string introduction, IReadOnlyList<FormField> fields, int fieldColumn, int gapBefore = -1)
        : base(session, window)
    {
        _rules = fields;
        Add(new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = 3, Text = introduction, HotKeySpecifier = GameWindow.NoHotKey });
        _fields = new TextField[fields.Count];
        // Two rows a field when they fit in 80×24 (21 rows for the screen), else one.
        int room = GameWindow.MinHeight - 3 - FirstRow - RowsBelow;
        int step = fields.Count * 2 <= room ? 2 : 1;
        for (int i = 0; i < fields.Count; i++)
        {
            int y = FirstRow + (i * step) + (gapBefore >= 0 && i >= gapBefore ? 1 : 0);
            FormField rule = fields[i];
            Add(new Label { X = 1, Y = y, Text = rule.Label, HotKeySpecifier = GameWindow.NoHotKey });
            _lastRow = y;
            TextField field = new() { X = fieldColumn, Y = y, Width = Math.Min(36, GameWindow.MinWidth - fieldColumn - 1), Text = "" };
            field.TextChanging += (_, change) =>
            {
                if (rule.Refuse(change.Result ?? "") is { } refused)
                {
                    change.Handled = true;
                    Window.Say(refused);
                }
            };
            _fields[i] = field;
            Add(field);
        }
    }

    /// <summary>The row under the last field, for a line of advice.</summary>
    /// <remarks>From the rows the fields were given: in a constructor nothing is laid out yet.</remarks>
    protected int BelowFields => _fields.Length == 0 ? FirstRow : _lastRow + 2;

    public override bool CapturesText => true;

    public IReadOnlyList<TextField> Fields => _fields;

    public override void Refresh()
    {
    }

    public override void TakeFocus()
    {
        if (!_fields.Any(f => f.HasFocus))
        {
            _fields[0].SetFocus();
        }
    }

    /// <summary>A paste goes into the field being filled in (its first line), whole or not at all.</summary>
    public override void HandlePaste(string text)
    {
        int focused = FocusedField;
        if (focused < 0)
        {
            return;
        }

        string line = text.Split('\n', '\r')[0];
        if (_rules[focused].Refuse(_fields[focused].Text + line) is { } refused)
        {
            Window.Say(refused);
            return;
        }

        _fields[focused].InsertText(line);
    }

    private int FocusedField => Array.FindIndex(_fields, f => f.HasFocus);

    /// <summary>The trimmed text of field <paramref name="i"/>.</summary>
    protected string Value(int i) => _fields[i].Text.Trim();

    /// <summary>Whether Enter on field <paramref name="focused"/> submits (default: on the last one).</summary>
    protected virtual bool IsLast(int focused) => focused == _fields.Length - 1;

    /// <summary>Whether field <paramref name="i"/> counts for the submission (a partner's fields only with a partner).</summary>
    protected virtual bool InUse(int i) => true;

    /// <summary>Every field in use checked (Tab may have skipped one); the first refused gets the focus.</summary>
    protected bool AllValid()
    {
        for (int i = 0; i < _fields.Length; i++)
        {
            if (InUse(i) && _rules[i].Check(Value(i)) is { } problem)
            {
                Window.Say(problem);
                _fields[i].SetFocus();
                return false;
            }
        }

        return true;
    }

    protected abstract void Submit();

    /// <summary>Enter: checks the field being left, then the next field, or submit on the last.</summary>
    protected void Next()
    {
        int focused = FocusedField;
        if (focused >= 0 && _rules[focused].Check(Value(focused)) is { } problem)
        {
            Window.Say(problem);
            return;
        }

        if (focused >= 0 && !IsLast(focused))
        {
            Window.Say("");
            _fields[focused + 1].SetFocus();
            return;
        }

        if (AllValid())
        {
            Submit();
        }
    }
}
