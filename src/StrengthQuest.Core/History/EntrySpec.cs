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
    public static EntrySpec? Parse(string text, out string? problem)
    {
        problem = null;
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
            if (!int.TryParse(head[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parsedLevel) || parsedLevel < 1)
            {
                problem = $"\"{head[(colon + 1)..]}\" in \"{text}\" is not a level; levels are whole numbers from 1.";
                return null;
            }

            level = parsedLevel;
        }

        int? pain = null;
        int slash = body.LastIndexOf('/');
        if (slash >= 0)
        {
            if (!int.TryParse(body[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parsedPain) || !Entry.IsValidPain(parsedPain))
            {
                problem = $"\"{body[(slash + 1)..]}\" in \"{text}\" is not a pain score; pain is a whole number from 0 to 10.";
                return null;
            }

            pain = parsedPain;
            body = body[..slash];
        }

        decimal? load = null;
        int at = body.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (!SetList.TryLoad(body[(at + 1)..], out decimal kg))
            {
                problem = $"\"{body[(at + 1)..]}\" in \"{text}\" is not a load; write kilograms like @10 or @12.5.";
                return null;
            }

            load = kg;
            body = body[..at];
        }

        List<SetDone> sets = [];
        foreach (string amountText in body.Split(','))
        {
            if (!SetList.TryAmount(amountText, out int amount))
            {
                problem = $"\"{amountText}\" in \"{text}\" is not an amount; each set is a whole number above 0.";
                return null;
            }

            sets.Add(new SetDone(amount, load));
        }

        return new EntrySpec(ladder, level, sets, pain);
    }
}
