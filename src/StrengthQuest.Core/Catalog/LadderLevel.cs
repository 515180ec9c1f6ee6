namespace StrengthQuest.Core.Catalog;

/// <summary>One rung of a ladder: what to do and the target to meet (sets × amount).</summary>
public sealed record LadderLevel(
    int Number,
    string Name,
    Measure Measure,
    int Sets,
    int Amount,
    IReadOnlyList<string> Cues)
{
    public int TargetTotal => Sets * Amount;

    public string Target => MeasureText.Target(Sets, Amount, Measure);
}
