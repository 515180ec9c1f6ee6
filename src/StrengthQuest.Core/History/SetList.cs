using System.Globalization;

namespace StrengthQuest.Core.History;

/// <summary>The compact text of a list of sets, "8@10,8@12.5,6": amount, then the load in kg when there is one.</summary>
public static class SetList
{
    public const int MaxAmount = 100_000;
    public const decimal MaxLoadKg = 1_000m;

    public static string Format(IEnumerable<SetDone> sets) =>
        string.Join(',', sets.Select(s => s.LoadKg is { } kg
            ? $"{s.Amount.ToString(CultureInfo.InvariantCulture)}@{kg.ToString(CultureInfo.InvariantCulture)}"
            : s.Amount.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads what <see cref="Format"/> wrote; null when the text is not a set list.</summary>
    public static IReadOnlyList<SetDone>? Parse(string text)
    {
        string[] parts = text.Split(',');
        SetDone[] sets = new SetDone[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string[] amountAndLoad = parts[i].Split('@');
            if (amountAndLoad.Length > 2 || !TryAmount(amountAndLoad[0], out int amount))
            {
                return null;
            }

            decimal? load = null;
            if (amountAndLoad.Length == 2)
            {
                if (!TryLoad(amountAndLoad[1], out decimal kg))
                {
                    return null;
                }

                load = kg;
            }

            sets[i] = new SetDone(amount, load);
        }

        return sets;
    }

    public static bool TryAmount(string text, out int amount) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount is > 0 and <= MaxAmount;

    public static bool TryLoad(string text, out decimal kg) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out kg) && kg is >= 0 and <= MaxLoadKg;
}
