namespace StrengthQuest.Tui.Text;

/// <summary>Small text graphics that survive any terminal and a slow link.</summary>
public static class Bars
{
    public static string Progress(int done, int total, int width)
    {
        int filled = total <= 0 ? width : Math.Clamp((int)Math.Round((double)done * width / total), 0, width);
        return new string('█', filled) + new string('░', width - filled);
    }

    private const string Levels = " ▁▂▃▄▅▆▇█";

    /// <summary>One character per value, scaled to the largest.</summary>
    public static string Spark(IEnumerable<int> values, int max)
    {
        return string.Concat(values.Select(v => v <= 0 ? '·' : Levels[Math.Clamp((int)Math.Ceiling(v * 8.0 / Math.Max(1, max)), 1, 8)]));
    }

    public static string Fit(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : text[..(width - 1)] + "…";
}
