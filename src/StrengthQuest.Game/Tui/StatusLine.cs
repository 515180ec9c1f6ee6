using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui;

/// <summary>
/// The bottom line: each status-bar binding as its key and label (" c  Check in │ r  Rest"), keys in the hot-key
/// colour. Clicking an item runs it. One plain line drawn at once — Terminal.Gui's StatusBar built a
/// view per part of every item and took most of the first frame, then asked for a second.
/// </summary>
public sealed class StatusLine : View
{
    private const string KeyGap = "  ";
    private const string Separator = " │ ";
    private readonly Action<Binding> _run;
    private (Binding Binding, int From, int To)[] _items = [];

    public StatusLine(Action<Binding> run)
    {
        _run = run;
        X = 0;
        Y = Pos.AnchorEnd(1);
        Width = Dim.Fill();
        Height = 1;
    }

    public void Show(IEnumerable<Binding> bindings)
    {
        List<(Binding, int, int)> items = [];
        int x = 1;
        foreach (Binding binding in bindings)
        {
            int width = binding.KeyText.Length + KeyGap.Length + binding.Label.Length;
            items.Add((binding, x, x + width));
            x += width + Separator.Length;
        }

        _items = [.. items];
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        // Whole items only: what does not fit is left off (the help screen lists every key).
        int width = Viewport.Width;
        for (int i = 0; i < _items.Length && _items[i].To <= width; i++)
        {
            (Binding binding, int from, _) = _items[i];
            Move(from, 0);
            SetAttributeForRole(VisualRole.HotNormal);
            AddStr(binding.KeyText);
            SetAttributeForRole(VisualRole.Normal);
            bool more = i + 1 < _items.Length && _items[i + 1].To <= width;
            AddStr(more ? KeyGap + binding.Label + Separator : KeyGap + binding.Label);
        }

        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (!mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) || mouse.Position is not { } at)
        {
            return false;
        }

        foreach ((Binding binding, int from, int to) in _items)
        {
            if (at.X >= from && at.X < to)
            {
                _run(binding);
                return true;
            }
        }

        return false;
    }
}
