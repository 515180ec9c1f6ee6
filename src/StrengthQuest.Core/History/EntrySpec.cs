using System.Globalization;
using StrengthQuest.Core.Text;

namespace StrengthQuest.Core.History;

/// <summary>
/// An entry as typed, before the level and pain defaults are filled in:
/// <c>LADDER[:LEVEL]=AMOUNT[,AMOUNT…][@KG][/PAIN]</c>, e.g. <c>atg-split-squat:3=8,8,8,8@10/2</c>.
/// One grammar serves the CLI and the game's prompt.
/// </summary>
public sealed record EntrySpec(string Ladder, int? Level, IReadOnlyList<SetDone> Sets, int? Pain)
{
    public const string Grammar = "LADDER[:LEVEL]=AMOUNT[,AMOUNT…][@KG][/PAIN]";

    /// <summary>Parses one entry; on failure <paramref name="problem"/> says what is wrong in one sentence.</summary>
    public static EntrySpec? Parse(string text, out string? problem) => Parse(text, out problem, out _);

    /// <summary>
    /// Parses one entry. On failure <paramref name="problem"/> says what is wrong in one sentence, and
    /// <paramref name="outOfRange"/> tells a well-formed number outside its range (a level below 1,
    /// pain above the scale, an amount or a load over the maximum) from text that is not an entry.
    /// </summary>
    public static EntrySpec? Parse(string text, out string? problem, out bool outOfRange)
    {
        problem = null;
        outOfRange = false;
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            problem = $"\"{text}\" is not an entry; write it as {Grammar}, e.g. tibialis-raise=20,20.";
            return null;
        }

        string head = text[..equals];
        string body = text[(equals + 1)..];
        string ladder = head;
        int? level = null;
        int colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            ladder = head[..colon];
            string levelText = head[(colon + 1)..];
            bool number = WholeNumber.TryRead(levelText, out long parsedLevel);
            if (!number || parsedLevel is < 1 or > int.MaxValue)
            {
                (problem, outOfRange) = (parsedLevel > int.MaxValue
                    ? $"\"{levelText}\" in \"{text}\" is not a level: no ladder goes that high."
                    : $"\"{levelText}\" in \"{text}\" is not a level; levels are whole numbers from 1.", number);
                return null;
            }

            level = (int)parsedLevel;
        }

        int? pain = null;
        int slash = body.LastIndexOf('/');
        if (slash >= 0)
        {
            string painText = body[(slash + 1)..];
            bool number = WholeNumber.TryRead(painText, out long parsedPain);
            if (!number || parsedPain is < 0 or > Entry.MaxPain)
            {
                (problem, outOfRange) = ($"\"{painText}\" in \"{text}\" is not a pain score; pain is a whole number from 0 to {Entry.MaxPain}.", number);
                return null;
            }

            pain = (int)parsedPain;
            body = body[..slash];
        }

        decimal? load = null;
        int at = body.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            string loadText = body[(at + 1)..];
            if (!decimal.TryParse(loadText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal kg))
            {
                problem = $"\"{loadText}\" in \"{text}\" is not a load; write kilograms like @10 or @12.5.";
                return null;
            }

            if (kg is < 0 or > SetList.MaxLoadKg)
            {
                (problem, outOfRange) = (kg > SetList.MaxLoadKg
                    ? $"\"{loadText}\" in \"{text}\" is over the maximum load of {WholeNumber.Show(SetList.MaxLoadKg)} kg."
                    : $"\"{loadText}\" in \"{text}\" is not a load; loads are 0 kg or more.", true);
                return null;
            }

            load = kg;
            body = body[..at];
        }

        List<SetDone> sets = [];
        foreach (string amountText in body.Split(','))
        {
            bool number = WholeNumber.TryRead(amountText, out long amount);
            if (!number || amount is < 1 or > SetList.MaxAmount)
            {
                (problem, outOfRange) = (amount > SetList.MaxAmount
                    ? $"\"{amountText}\" in \"{text}\" is over the maximum of {WholeNumber.Show(SetList.MaxAmount)} for one set."
                    : $"\"{amountText}\" in \"{text}\" is not an amount; each set is a whole number above 0.", number);
                return null;
            }

            sets.Add(new SetDone((int)amount, load));
        }

        return new EntrySpec(ladder, level, sets, pain);
    }
}
