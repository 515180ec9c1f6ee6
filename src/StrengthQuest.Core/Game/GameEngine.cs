using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>
/// The rules as one pure function: (catalog, history, as-of game day) → state. It replays every
/// game day in order, so nothing derived is ever stored and a replay always agrees.
/// </summary>
public static class GameEngine
{
    public static CoupleState Evaluate(GameCatalog catalog, CoupleHistory history, DateOnly asOf)
    {
        GameRules rules = catalog.Rules;
        PlayerFold me = new(history.Me, catalog, asOf);
        PlayerFold? partner = history.Partner is null ? null : new PlayerFold(history.Partner, catalog, asOf);
        StreakCounter coop = new(rules.FreezeEveryDays, rules.MaxFreezes);
        DuelTally duel = new();
        AchievementBook coopBadges = new();
        AchievementBook partnerCoopBadges = new();

        DateOnly? first = Earliest(me.FirstDay, partner?.FirstDay);
        bool meToday = false;
        bool partnerToday = false;
        if (first is { } start)
        {
            foreach (DateOnly day in GameDays.Range(start, asOf))
            {
                bool over = day < asOf;
                DayMark myMark = me.Mark(day);
                DayMark theirMark = partner?.Mark(day) ?? DayMark.Miss;
                bool iTrained = myMark == DayMark.CheckIn;
                bool theyTrained = theirMark == DayMark.CheckIn;
                DayXp myXp = me.Book(day, myMark, theyTrained, over);
                if (partner is null)
                {
                    continue;
                }

                DayXp theirXp = partner.Book(day, theirMark, iTrained, over);
                coop.Step(CoopMark(myMark, theirMark), over);
                foreach (AchievementBook book in new[] { coopBadges, partnerCoopBadges })
                {
                    book.EarnWhen(coop.Current >= 7, Achievement.Coop7, day);
                    book.EarnWhen(coop.Current >= 30, Achievement.Coop30, day);
                }

                duel.Add(day, myXp.Total, theirXp.Total);
                if (over && day.DayOfWeek == DayOfWeek.Sunday)
                {
                    (bool myCrown, bool theirCrown) = duel.Close(day);
                    AwardCrowns(me, myCrown, duel.MyCrowns, day);
                    AwardCrowns(partner, theirCrown, duel.PartnerCrowns, day);
                }

                meToday = iTrained;
                partnerToday = theyTrained;
            }
        }

        PlayerState myState = WithBadges(me.Snapshot(asOf), coopBadges);
        if (partner is null)
        {
            return new CoupleState(myState, null, null, null);
        }

        PlayerState theirState = WithBadges(partner.Snapshot(asOf), partnerCoopBadges);
        bool asOfReached = first is not null && first <= asOf;
        return new CoupleState(
            myState,
            theirState,
            new CoopState(coop.Current, coop.Longest, coop.Freezes, asOfReached && meToday, asOfReached && partnerToday),
            new DuelState(duel.Week(asOf), duel.MyCrowns, duel.PartnerCrowns, [.. duel.Weeks]));
    }

    /// <summary>Both partners trained: a co-op day. Either one protected by a pain-rest: bridged.</summary>
    private static DayMark CoopMark(DayMark mine, DayMark theirs) =>
        mine == DayMark.CheckIn && theirs == DayMark.CheckIn ? DayMark.CheckIn
        : mine == DayMark.Protected || theirs == DayMark.Protected ? DayMark.Protected
        : DayMark.Miss;

    private static void AwardCrowns(PlayerFold player, bool crowned, int crowns, DateOnly sunday)
    {
        player.Achievements.EarnWhen(crowned, Achievement.FirstCrown, sunday);
        player.Achievements.EarnWhen(crowned && crowns >= 10, Achievement.TenCrowns, sunday);
    }

    private static PlayerState WithBadges(PlayerState state, AchievementBook coopBadges) =>
        coopBadges.Earned.Count == 0
            ? state
            : state with { Achievements = [.. state.Achievements.Concat(coopBadges.Earned).OrderBy(a => a.Day)] };

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}
