namespace StrengthQuest.Core.Rules;

/// <summary>The game rounds halves away from zero, as people do (2.5 → 3), on exact decimals.</summary>
public static class Rounding
{
    public static int Round(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>round(value × percent ÷ 100).</summary>
    public static int Percent(int value, int percent) => Round(value * (decimal)percent / 100m);
}
