namespace StrengthQuest.Core.Catalog;

/// <summary>An exercise with 3–6 levels, easiest first.</summary>
public sealed record Ladder(
    string Id,
    string Name,
    string Area,
    IReadOnlyList<string> QuestAreas,
    IReadOnlyList<LadderLevel> Levels,
    string? Safety)
{
    public int TopLevel => Levels.Count;

    public bool HasLevel(int level) => level >= 1 && level <= Levels.Count;

    public LadderLevel Level(int level) => Levels[level - 1];
}
