using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace StrengthQuest.Tui;

/// <summary>
/// The few colours the game uses, all from the 16 every terminal has: none at all under NO_COLOR,
/// and 16-colour output unless the terminal says it has true colour (COLORTERM).
/// </summary>
public static class Theme
{
    /// <summary>NO_COLOR set to anything non-empty: no colour at all (https://no-color.org).</summary>
    public static bool ColorAllowed(Func<string, string?> environment) =>
        string.IsNullOrEmpty(environment("NO_COLOR"));

    /// <summary>Only terminals that announce true colour get it; TERM=screen or xterm get the 16 colours.</summary>
    public static bool TrueColor(Func<string, string?> environment) =>
        environment("COLORTERM") is "truecolor" or "24bit";

    /// <summary>
    /// Under NO_COLOR every scheme becomes the terminal's own colours, with reverse video for the
    /// focus and underline for hot keys, so nothing emits a colour code.
    /// </summary>
    public static void UseNoColor()
    {
        Attribute plain = new(Color.None, Color.None);
        Attribute reverse = new(Color.None, Color.None, TextStyle.Reverse);
        Attribute underline = new(Color.None, Color.None, TextStyle.Underline);
        Scheme mono = new(plain)
        {
            Normal = plain,
            Focus = reverse,
            HotNormal = underline,
            HotFocus = new Attribute(Color.None, Color.None, TextStyle.Reverse | TextStyle.Underline),
            Active = reverse,
            HotActive = reverse,
            Highlight = reverse,
            Editable = underline,
            ReadOnly = plain,
            Disabled = new Attribute(Color.None, Color.None, TextStyle.Faint),
        };
        foreach (string name in SchemeManager.GetSchemeNames())
        {
            SchemeManager.AddScheme(name, mono);
        }
    }

    public static Scheme Heading { get; } = new(new Attribute(ColorName16.Black, ColorName16.Cyan));

    /// <summary>The heading without colour: reverse video.</summary>
    public static Scheme PlainHeading { get; } = new(new Attribute(Color.None, Color.None, TextStyle.Reverse));

    /// <summary>The status line: labels black on grey, keys in bold blue.</summary>
    public static Scheme Status { get; } = new(new Attribute(ColorName16.Black, ColorName16.Gray))
    {
        HotNormal = new Attribute(ColorName16.Blue, ColorName16.Gray, TextStyle.Bold),
    };

    /// <summary>The status line without colour: reverse video, keys bold and underlined.</summary>
    public static Scheme PlainStatus { get; } = new(new Attribute(Color.None, Color.None, TextStyle.Reverse))
    {
        HotNormal = new Attribute(Color.None, Color.None, TextStyle.Reverse | TextStyle.Bold | TextStyle.Underline),
    };

    public static Scheme Message { get; } = new(new Attribute(ColorName16.BrightYellow, ColorName16.Black));
}
