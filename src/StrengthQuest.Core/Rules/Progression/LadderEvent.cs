namespace StrengthQuest.Core.Rules.Progression;

/// <summary>Something an entry did to its ladder, for the check-in summary.</summary>
public enum LadderEventKind
{
    Unlocked,
    Hold,
    CooledDown,
    CoolDownOver,
    PainRising,
}

public sealed record LadderEvent(string Ladder, LadderEventKind Kind, int Level, DateOnly Day);
