using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Tui.CheckIn;

/// <summary>Choosing a ladder for the check-in: to swap in for the current exercise, or to add after it.</summary>
public sealed class LadderChoice(bool swap, IReadOnlyList<Ladder> ladders)
{
    public bool Swap { get; } = swap;

    public IReadOnlyList<Ladder> Ladders { get; } = ladders;

    public int Selected { get; private set; }

    public Ladder? Chosen => Ladders.Count == 0 ? null : Ladders[Selected];

    public void Move(int step) => Selected = Ladders.Count == 0 ? 0 : (Selected + step + Ladders.Count) % Ladders.Count;
}
