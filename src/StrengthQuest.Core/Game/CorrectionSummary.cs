using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;

namespace StrengthQuest.Core.Game;

/// <summary>
/// A session changed or deleted, and what that did to the player's figures: the whole history is
/// replayed without it (or with its replacement), so everything derived — XP, streaks, unlocks,
/// achievements, the partner's co-op figures — is what it would have been.
/// </summary>
public sealed record CorrectionSummary(
    Session Removed,
    Session? Replacement,
    CoupleState Before,
    CoupleState After,
    IReadOnlyList<Unlock> Unlocked,
    IReadOnlyList<Unlock> Relocked,
    IReadOnlyList<EarnedAchievement> Earned,
    IReadOnlyList<EarnedAchievement> Lost)
{
    public long XpChange => After.Me.TotalXp - Before.Me.TotalXp;

    public bool IsDelete => Replacement is null;

    internal static CorrectionSummary Between(CoupleState before, CoupleState after, Session removed, Session? replacement, GameCatalog catalog)
    {
        HashSet<string> had = [.. before.Me.Achievements.Select(a => a.Id)];
        HashSet<string> has = [.. after.Me.Achievements.Select(a => a.Id)];
        return new CorrectionSummary(
            removed,
            replacement,
            before,
            after,
            Unlock.Opened(before.Me, after.Me, catalog),
            Unlock.Opened(after.Me, before.Me, catalog),
            [.. after.Me.Achievements.Where(a => !had.Contains(a.Id))],
            [.. before.Me.Achievements.Where(a => !has.Contains(a.Id))]);
    }
}
