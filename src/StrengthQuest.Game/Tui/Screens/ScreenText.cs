using StrengthQuest.Tui.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// A screen's text, a line each, by default filling the screen with a column of margin each side.
/// It draws its lines itself: a line wider than the view wraps at spaces onto the next rows (see
/// <see cref="TextWrap"/>), with no alignment or hot-key underscores (a name may hold "_"), which
/// spares Terminal.Gui's text formatter — most of the cost of a frame. It never clears its own
/// area: a change of lines redraws the whole game window, which clears the screen once.
/// </summary>
public sealed class ScreenText : View
{
    private IReadOnlyList<string> _lines = [];

    public ScreenText()
    {
        X = 1;
        Y = 0;
        Width = Dim.Fill(1);
        Height = Dim.Fill();
    }

    /// <summary>Shows these lines; true when they differ from the ones shown (and a redraw is due).</summary>
    public bool Show(IEnumerable<string> lines)
    {
        string[] next = [.. lines.SelectMany(line => line.Split('\n'))];
        if (next.SequenceEqual(_lines))
        {
            return false;
        }

        _lines = next;
        View top = this;
        while (top.SuperView is { } up)
        {
            top = up;
        }

        top.SetNeedsDraw();
        return true;
    }

    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(VisualRole.Normal);
        int row = 0;
        foreach (string line in _lines)
        {
            foreach (string part in TextWrap.Rows(line, Viewport.Width))
            {
                if (row >= Viewport.Height)
                {
                    return true;
                }

                Move(0, row++);
                AddStr(part);
            }
        }

        return true;
    }
}
