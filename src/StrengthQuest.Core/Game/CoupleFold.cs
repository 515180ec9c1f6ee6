using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Boss;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>
/// Both partners' folds plus what they share — the co-op streak and the duel — walked one game
/// day at a time. Each partner's days are judged against their own today; what the couple shares
/// is judged on settled days only (over for both), so the walk gives both partners the same
/// co-op figures and crowns whichever of them is "me".
/// </summary>
internal sealed class CoupleFold
{
    private readonly GameCatalog _catalog;
    private readonly CoupleHistory _history;
    private readonly AsOf _asOf;
    private readonly PlayerFold? _partner;
    private readonly StreakCounter _coop;
    private readonly DuelTally _duel = new();
    private readonly AchievementBook _myCoopBadges = new();
    private readonly AchievementBook _partnerCoopBadges = new();
    private readonly Dictionary<DateOnly, LateWeek> _lateWeeks;
    private readonly Dictionary<DateOnly, int> _coopDays = [];
    private readonly Dictionary<DateOnly, int> _carriesByWeek = [];
    private readonly Dictionary<DateOnly, int> _coopDaysByWeek = [];
    private readonly List<CarriedDay> _carries = [];
    private readonly List<BossWeek> _bosses = [];
    private int _bossesBeaten;

    public CoupleFold(GameCatalog catalog, CoupleHistory history, AsOf asOf, DateOnly after, bool judgeLateCheckIns = true)
    {
        _catalog = catalog;
        _history = history;
        _asOf = asOf;
        Me = new PlayerFold(history.Me, catalog, after, asOf.Me);
        _partner = history.Partner is null ? null : new PlayerFold(history.Partner, catalog, after, asOf.Partner ?? asOf.Me);
        _coop = new StreakCounter(catalog.Rules.FreezeEveryDays, catalog.Rules.MaxFreezes);
        _lateWeeks = judgeLateCheckIns && history.Partner is not null ? LateWeek.Find(history, after) : [];
    }

    public PlayerFold Me { get; }

    public PlayerFold? Partner => _partner;

    public DateOnly? FirstDay =>
        Me.FirstDay is null ? _partner?.FirstDay
        : _partner?.FirstDay is { } theirs && theirs < Me.FirstDay ? theirs
        : Me.FirstDay;

    /// <summary>Books each day of [first, last] in order.</summary>
    public void Run(DateOnly first, DateOnly last)
    {
        for (DateOnly day = first; day <= last; day = day.AddDays(1))
        {
            Book(day);
        }
    }

    private void Book(DateOnly day)
    {
        if (_lateWeeks.TryGetValue(IsoWeeks.Monday(day), out LateWeek? late) && late.FirstDay == day)
        {
            late.Before = Capture(day.AddDays(-1));
        }

        DayMark myMark = Me.Mark(day);
        DayMark theirMark = _partner?.Mark(day) ?? DayMark.Miss;
        if (_partner is null)
        {
            Me.Book(day, myMark, partnerTrained: false);
            return;
        }

        (myMark, bool myUndecided) = CarryFor(Me, _partner, day, myMark, theirMark);
        (theirMark, bool theirUndecided) = CarryFor(_partner, Me, day, theirMark, myMark);
        DayXp myXp = Me.Book(day, myMark, theirMark == DayMark.CheckIn, myUndecided);
        DayXp theirXp = _partner.Book(day, theirMark, myMark == DayMark.CheckIn, theirUndecided);
        bool settled = _asOf.IsSettled(day);
        _coop.Step(CoopDay.Mark(myMark, theirMark, settled), settled);
        _coopDays[day] = _coop.Current;
        if (myMark == DayMark.CheckIn && theirMark == DayMark.CheckIn)
        {
            // Only the week of today is shown, and a snapshot never reaches into it: no need to keep older weeks.
            _coopDaysByWeek[IsoWeeks.Monday(day)] = _coopDaysByWeek.GetValueOrDefault(IsoWeeks.Monday(day)) + 1;
        }

        foreach (AchievementBook book in (ReadOnlySpan<AchievementBook>)[_myCoopBadges, _partnerCoopBadges])
        {
            book.EarnWhen(_coop.Current >= 7, Achievement.Coop7, day);
            book.EarnWhen(_coop.Current >= 30, Achievement.Coop30, day);
        }

        _duel.Add(day, myXp.Total, theirXp.Total);
        if (settled && day.DayOfWeek == DayOfWeek.Sunday)
        {
            CloseWeek(day, late);
        }
    }

    /// <summary>
    /// A missed planned training day is carried when the partner met every target of their quest
    /// that day and the couple has a carry left that week. While the partner's day still runs and
    /// they have not met it yet, the miss is undecided: it waits, like a day not yet over.
    /// </summary>
    private (DayMark Mark, bool Undecided) CarryFor(PlayerFold missed, PlayerFold carrier, DateOnly day, DayMark mark, DayMark carrierMark)
    {
        if (mark != DayMark.Miss || day >= missed.Today)
        {
            return (mark, false);
        }

        DateOnly monday = IsoWeeks.Monday(day);
        if (_carriesByWeek.GetValueOrDefault(monday) >= _catalog.Rules.CarriesPerWeek)
        {
            return (mark, false);
        }

        if (day > carrier.Today)
        {
            // A partner many hours behind has not lived this day yet: they may still carry it.
            return (mark, true);
        }

        bool met = carrierMark == DayMark.CheckIn && Carry.MetQuest(carrier.QuestOn(day), carrier.On(day), _catalog);
        if (!met)
        {
            return (mark, day == carrier.Today);
        }

        _carriesByWeek[monday] = _carriesByWeek.GetValueOrDefault(monday) + 1;
        _carries.Add(new CarriedDay(day, MeCarried: missed == Me));
        carrier.Achievements.Earn(Achievement.FirstCarry, day);
        return (DayMark.Carried, false);
    }

    /// <summary>
    /// Crowns are given once the week is over for both partners and never change after that: a
    /// check-in recorded after the week closed (a late backfill) still earns its XP, but the week's
    /// duel is decided by a replay of that week without it — the week as it stood when it closed.
    /// </summary>
    private void CloseWeek(DateOnly sunday, LateWeek? late)
    {
        DateOnly monday = IsoWeeks.Monday(sunday);
        if (late?.Before is { } before)
        {
            CoupleFold asClosed = new(_catalog, late.Without(_history), _asOf, late.FirstDay.AddDays(-1), judgeLateCheckIns: false);
            asClosed.Restore(before);
            asClosed.Run(late.FirstDay, sunday);
            _duel.SetTotals(monday, asClosed._duel.Totals(monday));
        }

        (bool myCrown, bool theirCrown) = _duel.Close(sunday);
        AwardCrowns(Me, myCrown, _duel.MyCrowns, sunday);
        AwardCrowns(_partner!, theirCrown, _duel.PartnerCrowns, sunday);
        if (Boss(monday) is { } boss)
        {
            _bosses.Add(boss);
            if (boss.Beaten)
            {
                _bossesBeaten++;
                foreach (PlayerFold player in (ReadOnlySpan<PlayerFold>)[Me, _partner!])
                {
                    player.Achievements.Earn(Achievement.FirstBoss, sunday);
                    player.Achievements.EarnWhen(_bossesBeaten >= 10, Achievement.TenBosses, sunday);
                }
            }
        }
    }

    private BossWeek? Boss(DateOnly monday) => BossFight.Week(monday, m => _duel.Totals(m) is var (me, partner) ? me + partner : 0, _catalog);

    public FoldSnapshot Capture(DateOnly throughDay) => new(
        throughDay,
        Me.Capture(),
        _partner?.Capture(),
        _partner is null ? null : _coop.Capture(),
        _partner is null ? null : _duel.Capture(keepClosedWeeks: _catalog.Rules.BossWeeksAveraged),
        [.. _myCoopBadges.Earned],
        [.. _partnerCoopBadges.Earned])
    {
        BossesBeaten = _bossesBeaten,
        CarryWeeks = [.. _carriesByWeek.SelectMany(w => Enumerable.Repeat(w.Key, w.Value))],
    };

    public void Restore(FoldSnapshot s)
    {
        Me.Restore(s.Me);
        if (_partner is not null && s.Partner is not null)
        {
            _partner.Restore(s.Partner);
            _coop.Restore(s.Coop!);
            _duel.Restore(s.Duel!);
        }

        _myCoopBadges.Restore(s.MyCoopBadges);
        _partnerCoopBadges.Restore(s.PartnerCoopBadges);
        _bossesBeaten = s.BossesBeaten;
        foreach (DateOnly monday in s.CarryWeeks)
        {
            _carriesByWeek[monday] = _carriesByWeek.GetValueOrDefault(monday) + 1;
        }
    }

    public CoupleState State()
    {
        PlayerState mine = WithBadges(Me.Snapshot(), _myCoopBadges);
        if (_partner is null)
        {
            return new CoupleState(mine, null, null, null);
        }

        PlayerState theirs = WithBadges(_partner.Snapshot(), _partnerCoopBadges);
        DateOnly lastSunday = IsoWeeks.Monday(_asOf.Me).AddDays(-1);
        return new CoupleState(
            mine,
            theirs,
            new CoopState(_coop.Current, _coop.Longest, _coop.Freezes, Me.TodayMark == DayMark.CheckIn, _partner.TodayMark == DayMark.CheckIn)
            {
                DaysThisWeek = _coopDaysByWeek.GetValueOrDefault(IsoWeeks.Monday(_asOf.Me)),
            },
            new DuelState(
                _duel.Week(_asOf.Me),
                _duel.MyCrowns,
                _duel.PartnerCrowns,
                _asOf.IsSettled(lastSunday) ? null : _duel.Week(lastSunday)))
        {
            Boss = Boss(IsoWeeks.Monday(_asOf.Me)),
        };
    }

    public CoupleTimeline Timeline()
    {
        CoupleState state = State();
        return new CoupleTimeline(state, Me.Days, _partner?.Days, [.. _duel.Weeks])
        {
            CoopDays = _coopDays,
            Carries = _carries,
            Bosses = [.. _bosses, .. state.Boss is { } now && !_bosses.Any(b => b.Monday == now.Monday) ? [now] : Array.Empty<BossWeek>()],
            MyEvents = Me.Events,
            PartnerEvents = _partner?.Events ?? [],
            MyRecords = Me.Broken,
            PartnerRecords = _partner?.Broken ?? [],
        };
    }

    private static void AwardCrowns(PlayerFold player, bool crowned, int crowns, DateOnly sunday)
    {
        player.Achievements.EarnWhen(crowned, Achievement.FirstCrown, sunday);
        player.Achievements.EarnWhen(crowned && crowns >= 10, Achievement.TenCrowns, sunday);
    }

    private static PlayerState WithBadges(PlayerState state, AchievementBook coopBadges) =>
        coopBadges.Earned.Count == 0
            ? state
            : state with { Achievements = [.. state.Achievements.Concat(coopBadges.Earned).OrderBy(a => a.Day)] };

    /// <summary>A duel week with check-ins recorded after it had closed for the couple.</summary>
    private sealed class LateWeek
    {
        private readonly HashSet<string> _uids = new(StringComparer.Ordinal);

        private LateWeek(DateOnly firstDay) => FirstDay = firstDay;

        /// <summary>The earliest game day of the week holding a late check-in.</summary>
        public DateOnly FirstDay { get; private set; }

        /// <summary>The fold at the end of the day before <see cref="FirstDay"/>.</summary>
        public FoldSnapshot? Before { get; set; }

        public CoupleHistory Without(CoupleHistory history) =>
            new(history.Me.Without(_uids), history.Partner?.Without(_uids));

        /// <summary>
        /// A check-in is late when, at the instant it was recorded, both partners' game days were
        /// already past the Sunday of its week.
        /// </summary>
        public static Dictionary<DateOnly, LateWeek> Find(CoupleHistory history, DateOnly after)
        {
            Dictionary<DateOnly, LateWeek> weeks = [];
            foreach (Session session in history.Me.Sessions.Concat(history.Partner!.Sessions))
            {
                DateOnly sunday = IsoWeeks.Sunday(session.Day);
                // No zone is more than a day ahead of UTC, so a check-in recorded before the UTC
                // date of its Sunday cannot be late; only the few near the week's end are judged.
                if (session.Day <= after || DateOnly.FromDateTime(session.RecordedAt.UtcDateTime) < sunday
                    || history.Me.Clock.DayOf(session.RecordedAt) <= sunday || history.Partner.Clock.DayOf(session.RecordedAt) <= sunday)
                {
                    continue;
                }

                DateOnly monday = IsoWeeks.Monday(session.Day);
                if (!weeks.TryGetValue(monday, out LateWeek? week))
                {
                    weeks[monday] = week = new LateWeek(session.Day);
                }

                week._uids.Add(session.Uid);
                week.FirstDay = session.Day < week.FirstDay ? session.Day : week.FirstDay;
            }

            return weeks;
        }
    }
}
