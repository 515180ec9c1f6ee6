using System.Globalization;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>
/// The field a set is typed into: an amount, optionally @ and a load in kg ("20", "20@12.5"). It takes
/// exactly that: any other character is refused with the reason, never silently dropped (a dropped
/// "," once turned "20,20" into one set of 2020).
/// </summary>
public static class SetField
{
    /// <summary>Longer than any set can be ("100000@1000.25").</summary>
    public const int MaxLength = 16;

    /// <summary>Why <paramref name="c"/> cannot be typed after <paramref name="input"/>, or null when it can.</summary>
    public static string? Refuse(string input, char c, LadderLevel level)
    {
        string what = Word(level.Measure);
        int at = input.IndexOf('@', StringComparison.Ordinal);
        if (input.Length >= MaxLength)
        {
            return $"That is longer than any set: Backspace corrects, Enter records.";
        }

        return c switch
        {
            >= '0' and <= '9' => null,
            '@' when input.Length == 0 => $"Type the {what} first, then @ and the load in kg, e.g. {level.Amount}@12.5.",
            '@' when at >= 0 => "A set has one load: one @.",
            '@' => null,
            '.' or ',' when at >= 0 && input[(at + 1)..].Contains('.', StringComparison.Ordinal) => "The load has one decimal point.",
            '.' when at >= 0 && at == input.Length - 1 => "Type the load's whole kilograms before the decimal point, e.g. 0.5.",
            '.' when at >= 0 => null,
            '.' => $"{Capital(what)} are whole numbers; a decimal point goes in the load, after @.",
            ',' when at >= 0 => "Write the load with a decimal point, e.g. 12.5.",
            ',' => $"One set at a time: Enter records {(input.Length > 0 ? input : level.Amount.ToString(CultureInfo.InvariantCulture))}, then type the next set.",
            '/' => $"Pain comes after the sets: type the {what} only, then Enter.",
            '-' => $"A set is a whole number of {what} above 0.",
            _ => $"Type the {what} as a number, e.g. {level.Amount} (or {level.Amount}@12.5 with a load in kg).",
        };
    }

    /// <summary>The set typed, or why it is not one. The limits are Core's.</summary>
    public static (SetDone? Set, string? Problem) Read(string input, LadderLevel level)
    {
        string what = Word(level.Measure);
        string[] parts = input.Split('@');
        if (parts.Length > 2 || parts[0].Length == 0)
        {
            return (null, $"\"{input}\" is not a set: type the {what}, e.g. {level.Amount} or {level.Amount}@12.5.");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int amount) || amount > SetList.MaxAmount)
        {
            return (null, $"A set can be at most {SetList.MaxAmount} {what}.");
        }

        if (amount < 1)
        {
            return (null, $"A set is at least 1 {level.Measure.Unit(1)}: Backspace corrects, s skips the exercise.");
        }

        if (parts.Length == 1)
        {
            return (new SetDone(amount), null);
        }

        if (parts[1].Length == 0)
        {
            return (null, $"Type the load in kg after @, e.g. {amount}@12.5, or Backspace the @.");
        }

        if (!decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal kg) || kg > SetList.MaxLoadKg)
        {
            return (null, $"A load can be at most {SetList.MaxLoadKg} kg.");
        }

        return (new SetDone(amount, kg), null);
    }

    /// <summary>What the amount counts, in words: reps, seconds or metres.</summary>
    public static string Word(Measure measure) => measure.ToString().ToLowerInvariant();

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
