using System.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui;

/// <summary>The character a key types, if it types one: never an exception, whatever the terminal sent.</summary>
public static class TypedKey
{
    /// <summary>The rune typed, or null for a command key (Ctrl, Alt, arrows, F-keys, Esc, Enter…).</summary>
    public static Rune? Rune(Key key)
    {
        if (key.IsCtrl || key.IsAlt)
        {
            return null;
        }

        try
        {
            Rune rune = key.AsRune;
            return rune.Value >= ' ' && rune.Value != 0x7F ? rune : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            // A key code that is no Unicode scalar (half of a surrogate pair): not text.
            return null;
        }
    }

    /// <summary>The character typed, for a field of plain characters; anything outside the BMP reads as U+FFFD (refused there).</summary>
    public static char? Char(Key key) => Rune(key) is { } rune ? (rune.IsBmp ? (char)rune.Value : '\uFFFD') : null;
}
