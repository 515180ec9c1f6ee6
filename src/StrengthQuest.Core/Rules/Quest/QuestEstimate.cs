using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Quest;

/// <summary>How long a level takes: the work itself, rests between sets and a moment to set up.</summary>
public static class QuestEstimate
{
    public static int Seconds(LadderLevel level, QuestRules rules)
    {
        int work = level.Measure switch
        {
            Measure.Reps => level.TargetTotal * rules.SecondsPerRep,
            Measure.Seconds => level.TargetTotal,
            _ => level.TargetTotal * 60 / rules.MetresPerMinute,
        };
        return work + ((level.Sets - 1) * rules.RestSecondsBetweenSets) + rules.SetupSeconds;
    }

    /// <summary>Whole minutes, rounded up so a plan never promises less than it takes.</summary>
    public static int Minutes(int seconds) => (seconds + 59) / 60;
}
