using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// A screen's text, a line each, by default filling the screen with a column of margin each side.
/// It draws its lines as they are: no wrapping, alignment or hot-key underscores (a name may hold
/// "_"), which spares Terminal.Gui's text formatter — most of the cost of a frame. It never clears
/// its own area: a change of lines redraws the whole game window, which clears the screen once.
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
        int rows = Math.Min(_lines.Count, Viewport.Height);
        // A glyph is at most two columns wide, so no more characters than this can be seen.
        int visible = Viewport.Width * 2;
        for (int row = 0; row < rows; row++)
        {
            string line = _lines[row];
            Move(0, row);
            AddStr(line.Length > visible ? line[..visible] : line);
        }

        return true;
    }
}
