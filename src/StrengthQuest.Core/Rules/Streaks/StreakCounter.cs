namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>What stepping one day did to a streak.</summary>
public enum StreakStep
{
    Idle,
    Counted,
    Bridged,
    FreezeSpent,
    Broken,
    Pending,
}

/// <summary>
/// A run of check-in days, stepped one game day at a time in order. Protected and travel days bridge; a
/// missed day spends a banked freeze or ends the run; one freeze is earned at every Nth check-in
/// day of the run, up to a cap. Today is never a miss until it is over.
/// </summary>
public sealed class StreakCounter(int freezeEveryDays, int maxFreezes)
{
    public int Current { get; private set; }

    public int Longest { get; private set; }

    public int Freezes { get; private set; }

    public Game.CounterSnapshot Capture() => new(Current, Longest, Freezes);

    public void Restore(Game.CounterSnapshot snapshot) =>
        (Current, Longest, Freezes) = (snapshot.Current, snapshot.Longest, snapshot.Freezes);

    public StreakStep Step(DayMark mark, bool dayIsOver)
    {
        switch (mark)
        {
            case DayMark.CheckIn:
                Current++;
                Longest = Math.Max(Longest, Current);
                if (Current % freezeEveryDays == 0 && Freezes < maxFreezes)
                {
                    Freezes++;
                }

                return StreakStep.Counted;
            case DayMark.Protected or DayMark.PlannedRest or DayMark.Carried or DayMark.Travel:
                return StreakStep.Bridged;
            default:
                return Miss(dayIsOver);
        }
    }

    private StreakStep Miss(bool dayIsOver)
    {
        if (!dayIsOver)
        {
            return StreakStep.Pending;
        }

        if (Current == 0)
        {
            return StreakStep.Idle;
        }

        if (Freezes > 0)
        {
            Freezes--;
            return StreakStep.FreezeSpent;
        }

        Current = 0;
        return StreakStep.Broken;
    }
}
