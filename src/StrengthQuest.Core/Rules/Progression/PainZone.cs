using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Progression;

/// <summary>The pain-monitoring model: 0–3 safe, 4–5 acceptable, above 5 not acceptable.</summary>
public enum PainZone
{
    Safe,
    Acceptable,
    Stop,
}

public static class PainZones
{
    public static PainZone Of(int pain, GameRules rules) =>
        pain <= rules.QualifyingMaxPain ? PainZone.Safe
        : pain < rules.CoolDownPain ? PainZone.Acceptable
        : PainZone.Stop;
}
