using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>What an evaluation produced: the state, and the fold as it stood after the capture day (if asked).</summary>
public sealed record Evaluation(CoupleState State, FoldSnapshot? Captured);

/// <summary>
/// The rules as one pure function: (catalog, history, as-of game day) → state. It replays every
/// game day in order, so nothing derived is ever stored and a replay always agrees. It can resume
/// from a <see cref="FoldSnapshot"/> of an earlier settled day, which gives the same state; then
/// the per-day lists of the state (Days, LadderEvents, RecordsBroken, duel Weeks) cover only the
/// days replayed after the snapshot.
/// </summary>
public static class GameEngine
{
    public static CoupleState Evaluate(GameCatalog catalog, CoupleHistory history, DateOnly asOf) =>
        Evaluate(catalog, history, asOf, resume: null, captureAfter: null).State;

    public static Evaluation Evaluate(GameCatalog catalog, CoupleHistory history, DateOnly asOf, FoldSnapshot? resume, DateOnly? captureAfter)
    {
        if (resume is not null && (resume.ThroughDay >= asOf || (resume.Partner is null) != (history.Partner is null)))
        {
            resume = null;
        }

        DateOnly after = resume?.ThroughDay ?? DateOnly.MinValue;
        CoupleFold fold = new(catalog, history, after, asOf);
        DateOnly start = fold.FirstDay ?? asOf;
        if (resume is not null)
        {
            fold.Restore(resume);
            start = resume.ThroughDay.AddDays(1);
        }

        FoldSnapshot? captured = null;
        if (captureAfter is { } capture && capture >= after && capture < asOf)
        {
            if (start <= capture)
            {
                fold.Run(start, capture, asOf);
                start = capture.AddDays(1);
            }

            captured = fold.Capture(capture);
        }

        fold.Run(start, asOf, asOf);
        return new Evaluation(fold.State(asOf), captured);
    }

    /// <summary>Both partners' folds plus what they share: the co-op streak and the duel.</summary>
    private sealed class CoupleFold
    {
        private readonly PlayerFold _me;
        private readonly PlayerFold? _partner;
        private readonly StreakCounter _coop;
        private readonly DuelTally _duel = new();
        private readonly AchievementBook _myCoopBadges = new();
        private readonly AchievementBook _partnerCoopBadges = new();
        private bool _meToday;
        private bool _partnerToday;
        private bool _reachedAsOf;

        public CoupleFold(GameCatalog catalog, CoupleHistory history, DateOnly after, DateOnly asOf)
        {
            _me = new PlayerFold(history.Me, catalog, after, asOf);
            _partner = history.Partner is null ? null : new PlayerFold(history.Partner, catalog, after, asOf);
            _coop = new StreakCounter(catalog.Rules.FreezeEveryDays, catalog.Rules.MaxFreezes);
        }

        public DateOnly? FirstDay =>
            _me.FirstDay is null ? _partner?.FirstDay
            : _partner?.FirstDay is { } theirs && theirs < _me.FirstDay ? theirs
            : _me.FirstDay;

        /// <summary>Books each day of [first, last]; days before <paramref name="asOf"/> are over.</summary>
        public void Run(DateOnly first, DateOnly last, DateOnly asOf)
        {
            for (DateOnly day = first; day <= last; day = day.AddDays(1))
            {
                Book(day, over: day < asOf);
            }

            _reachedAsOf |= last == asOf;
        }

        private void Book(DateOnly day, bool over)
        {
            DayMark myMark = _me.Mark(day);
            DayMark theirMark = _partner?.Mark(day) ?? DayMark.Miss;
            bool iTrained = myMark == DayMark.CheckIn;
            bool theyTrained = theirMark == DayMark.CheckIn;
            DayXp myXp = _me.Book(day, myMark, theyTrained, over);
            if (_partner is null)
            {
                return;
            }

            DayXp theirXp = _partner.Book(day, theirMark, iTrained, over);
            _coop.Step(CoopMark(myMark, theirMark), over);
            foreach (AchievementBook book in (ReadOnlySpan<AchievementBook>)[_myCoopBadges, _partnerCoopBadges])
            {
                book.EarnWhen(_coop.Current >= 7, Achievement.Coop7, day);
                book.EarnWhen(_coop.Current >= 30, Achievement.Coop30, day);
            }

            _duel.Add(day, myXp.Total, theirXp.Total);
            if (over && day.DayOfWeek == DayOfWeek.Sunday)
            {
                (bool myCrown, bool theirCrown) = _duel.Close(day);
                AwardCrowns(_me, myCrown, _duel.MyCrowns, day);
                AwardCrowns(_partner, theirCrown, _duel.PartnerCrowns, day);
            }

            _meToday = iTrained;
            _partnerToday = theyTrained;
        }

        public FoldSnapshot Capture(DateOnly throughDay) => new(
            throughDay,
            _me.Capture(),
            _partner?.Capture(),
            _partner is null ? null : _coop.Capture(),
            _partner is null ? null : _duel.Capture(),
            [.. _myCoopBadges.Earned],
            [.. _partnerCoopBadges.Earned]);

        public void Restore(FoldSnapshot s)
        {
            _me.Restore(s.Me);
            if (_partner is not null && s.Partner is not null)
            {
                _partner.Restore(s.Partner);
                _coop.Restore(s.Coop!);
                _duel.Restore(s.Duel!);
            }

            _myCoopBadges.Restore(s.MyCoopBadges);
            _partnerCoopBadges.Restore(s.PartnerCoopBadges);
        }

        public CoupleState State(DateOnly asOf)
        {
            PlayerState mine = WithBadges(_me.Snapshot(asOf), _myCoopBadges);
            if (_partner is null)
            {
                return new CoupleState(mine, null, null, null);
            }

            PlayerState theirs = WithBadges(_partner.Snapshot(asOf), _partnerCoopBadges);
            return new CoupleState(
                mine,
                theirs,
                new CoopState(_coop.Current, _coop.Longest, _coop.Freezes, _reachedAsOf && _meToday, _reachedAsOf && _partnerToday),
                new DuelState(_duel.Week(asOf), _duel.MyCrowns, _duel.PartnerCrowns, [.. _duel.Weeks]));
        }
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
}
