using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace StrengthQuest.Tui;

/// <summary>
/// The bottom line: each status-bar binding as its key and label (" c  Check in │ r  Rest"), keys in
/// the hot-key colour. Clicking an item runs it. When the line is too narrow for all, the screen's
/// own items give way from the end, whole, so help, back and quit always show, and so do the keys
/// that save or leave a check-in (<see cref="Binding.Essential"/>). One plain line drawn
/// at once — Terminal.Gui's StatusBar built a view per part of every item, took most of the first
/// frame, and then asked for a second.
/// </summary>
public sealed class StatusLine : View
{
    private const string KeyGap = "  ";
    private const string Separator = " │ ";
    private readonly Action<Binding> _run;
    private Binding[] _own = [];
    private Binding[] _always = [];
    private (Binding Binding, int From, int To)[] _shown = [];

    public StatusLine(Action<Binding> run)
    {
        _run = run;
        X = 0;
        Y = Pos.AnchorEnd(1);
        Width = Dim.Fill();
        Height = 1;
    }

    /// <summary>The screen's items, then the ones that must always show (help, back, quit).</summary>
    public void Show(IEnumerable<Binding> own, IEnumerable<Binding> always)
    {
        _own = [.. own];
        _always = [.. always];
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        _shown = Fit(Viewport.Width);
        for (int i = 0; i < _shown.Length; i++)
        {
            (Binding binding, int from, _) = _shown[i];
            Move(from, 0);
            SetAttributeForRole(VisualRole.HotNormal);
            AddStr(binding.KeyText);
            SetAttributeForRole(VisualRole.Normal);
            AddStr(i < _shown.Length - 1 ? KeyGap + binding.Label + Separator : KeyGap + binding.Label);
        }

        return true;
    }

    /// <summary>The items that fit in <paramref name="width"/> columns, whole, with where each stands.</summary>
    private (Binding Binding, int From, int To)[] Fit(int width)
    {
        // The essential items and the ones always shown are kept; the others join in order while they fit.
        List<Binding> own = [.. _own.Where(b => b.Essential)];
        foreach (Binding candidate in _own.Where(b => !b.Essential))
        {
            List<Binding> trial = [.. _own.Where(b => b == candidate || own.Contains(b))];
            if (Span([.. trial, .. _always]) > width)
            {
                break;
            }

            own = trial;
        }

        Binding[] chosen = [.. own, .. _always];
        List<(Binding, int, int)> placed = [];
        int x = 1;
        foreach (Binding binding in chosen)
        {
            if (x + Columns(binding) > width)
            {
                break;
            }

            placed.Add((binding, x, x + Columns(binding)));
            x += Columns(binding) + Separator.Length;
        }

        return [.. placed];
    }

    /// <summary>The columns these items take, from the left edge: a space, then items between separators.</summary>
    private static int Span(Binding[] items) => 1 + items.Sum(Columns) + (Separator.Length * Math.Max(0, items.Length - 1));

    private static int Columns(Binding binding) => binding.KeyText.Length + KeyGap.Length + binding.Label.Length;

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (!mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) || mouse.Position is not { } at)
        {
            return false;
        }

        foreach ((Binding binding, int from, int to) in _shown)
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
