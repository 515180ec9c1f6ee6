using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// A screen of labelled text fields under a few lines of introduction: Enter moves to the next field
/// and, on the last one, submits. While it is shown, letters are text (Ctrl+Q still quits).
/// </summary>
public abstract class FormScreen : Screen
{
    private readonly TextField[] _fields;

    protected FormScreen(GameSession session, string introduction, IReadOnlyList<string> labels, int fieldColumn)
        : base(session)
    {
        Add(new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = 3, Text = introduction });
        _fields = new TextField[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            int y = 4 + (i * 2);
            Add(new Label { X = 1, Y = y, Text = labels[i] });
            _fields[i] = new TextField { X = fieldColumn, Y = y, Width = 36, Text = "" };
            Add(_fields[i]);
        }
    }

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

    /// <summary>The trimmed text of field <paramref name="i"/>.</summary>
    protected string Value(int i) => _fields[i].Text.Trim();

    /// <summary>Whether Enter on field <paramref name="focused"/> submits (default: on the last one).</summary>
    protected virtual bool IsLast(int focused) => focused == _fields.Length - 1;

    protected abstract void Submit();

    /// <summary>Enter: the next field, or submit on the last.</summary>
    protected void Next()
    {
        int focused = Array.FindIndex(_fields, f => f.HasFocus);
        if (focused >= 0 && !IsLast(focused))
        {
            _fields[focused + 1].SetFocus();
            return;
        }

        Submit();
    }
}
