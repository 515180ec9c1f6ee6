using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Game;

/// <summary>
/// The settled-day rule for the engine's snapshots: the last day no ordinary check-in can change
/// any more — before either partner's backfill window, with a day's margin for a zone change — is
/// where running totals may be kept (the engine rounds it down to that week's Sunday).
/// </summary>
public static class SnapshotPolicy
{
    public static DateOnly LastSettledDay(AsOf asOf, GameRules rules) => asOf.Earliest.AddDays(-(rules.BackfillDays + 2));
}
