namespace StrengthQuest.Core.History;

/// <summary>One exercise in a session: a ladder at a level, the sets done and the pain felt (0–10).</summary>
public sealed record Entry(string Ladder, int Level, IReadOnlyList<SetDone> Sets, int Pain)
{
    public const int MaxPain = 10;

    public int Done => Sets.Sum(s => s.Amount);

    public static bool IsValidPain(int pain) => pain is >= 0 and <= MaxPain;
}
