namespace StrengthQuest.Core.Catalog;

/// <summary>What a set's amount counts: repetitions, seconds held, or metres covered.</summary>
public enum Measure
{
    Reps,
    Seconds,
    Metres,
}

public static class MeasureText
{
    public static string Unit(this Measure measure, int amount) => measure switch
    {
        Measure.Reps => amount == 1 ? "rep" : "reps",
        Measure.Seconds => "s",
        Measure.Metres => "m",
        _ => "",
    };

    /// <summary>"2×20", "2×30 s", "1×300 m".</summary>
    public static string Target(int sets, int amount, Measure measure) => measure switch
    {
        Measure.Reps => $"{sets}×{amount}",
        _ => $"{sets}×{amount} {measure.Unit(amount)}",
    };
}
