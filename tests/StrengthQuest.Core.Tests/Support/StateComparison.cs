using StrengthQuest.Core.Game;

namespace StrengthQuest.Core.Tests.Support;

/// <summary>States hold lists, so tests compare what they print.</summary>
internal static class StateComparison
{
    public static object Comparable(PlayerState p) => new
    {
        p.AsOf,
        p.Xp,
        p.Level,
        p.Streak,
        p.Today,
        Ladders = string.Join(";", p.Ladders),
        Achievements = string.Join(";", p.Achievements),
        Records = string.Join(";", p.Records),
    };

    public static object Comparable(CoupleState s) => new
    {
        Me = Comparable(s.Me),
        Partner = s.Partner is null ? null : Comparable(s.Partner),
        s.Coop,
        Week = s.Duel?.ThisWeek,
        Deciding = s.Duel?.Deciding,
        Crowns = (s.Duel?.MyCrowns, s.Duel?.PartnerCrowns),
    };
}
