using System.Globalization;
using StrengthQuest.Core.History;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>
/// The field a pain score is typed into: a whole number up to Core's maximum. Anything else is
/// refused with the reason (a dropped "-" once turned pain -1 into 1).
/// </summary>
public static class PainField
{
    private static readonly int MaxDigits = Entry.MaxPain.ToString(CultureInfo.InvariantCulture).Length;

    public static string Range(int min) => $"Pain is a whole number from {min} to {Entry.MaxPain}";

    /// <summary>Why <paramref name="c"/> cannot be typed after <paramref name="input"/>, or null when it can.</summary>
    public static string? Refuse(string input, char c, int min) => c switch
    {
        >= '0' and <= '9' when input.Length < MaxDigits => null,
        >= '0' and <= '9' => $"{Range(min)}: Backspace corrects.",
        '-' => $"{Range(min)}; it is never below {min}.",
        '.' or ',' => $"{Range(min)}, without decimals.",
        _ => $"{Range(min)}: type it in digits, then Enter.",
    };

    /// <summary>The pain typed, or why it is not one.</summary>
    public static (int? Pain, string? Problem) Read(string input, int min) =>
        int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out int pain) && pain >= min && Entry.IsValidPain(pain)
            ? (pain, null)
            : (null, $"{Range(min)}.");
}
