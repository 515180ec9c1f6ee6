using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>A ladder event or broken record, with the session whose entry caused it.</summary>
internal sealed record Tagged<T>(string SessionUid, T Item, DateOnly Day = default);

/// <summary>
/// One player's running totals while the engine walks the game days in order. Days before the
/// player's own <see cref="Today"/> are over; today is never a miss until it is over.
/// </summary>
internal sealed class PlayerFold
{
    private readonly GameCatalog _catalog;
    private readonly Dictionary<DateOnly, List<Session>> _byDay = [];
    private readonly ProtectedWindow _protected;
    private readonly LadderProgress[] _ladders;
    private readonly Dictionary<string, LadderProgress> _ladderById = new(StringComparer.Ordinal);
    private readonly PersonalRecords _records = new();
    private readonly Dictionary<DateOnly, DaySummary> _days = [];
    private readonly List<Tagged<LadderEvent>> _events = [];
    private readonly List<Tagged<RecordBroken>> _broken = [];
    private readonly List<LadderEvent> _stepEvents = [];
    private readonly HashSet<DateOnly> _skipped;
    private DayXp _xp;
    private DayMark _todayMark;

    public PlayerFold(PlayerHistory history, GameCatalog catalog, DateOnly after, DateOnly today)
    {
        History = history;
        Today = today;
        _catalog = catalog;
        GameRules rules = catalog.Rules;
        _protected = new ProtectedWindow(rules.ProtectedDaysPerWindow, rules.ProtectedWindowDays);
        Streak = new StreakCounter(rules.FreezeEveryDays, rules.MaxFreezes);
        _ladders = [.. catalog.Ladders.Select(l => new LadderProgress(l, rules))];
        foreach (LadderProgress ladder in _ladders)
        {
            _ladderById[ladder.Ladder.Id] = ladder;
        }

        foreach (Session session in history.Sessions)
        {
            if (session.Day <= after || session.Day > today)
            {
                continue;
            }

            if (!_byDay.TryGetValue(session.Day, out List<Session>? list))
            {
                _byDay[session.Day] = list = [];
            }

            list.Add(session);
        }

        FirstDay = _byDay.Count == 0 ? null : _byDay.Keys.Min();
        _skipped = [.. history.Clock.SkippedDays()];
    }

    public PlayerHistory History { get; }

    /// <summary>The player's game day at the moment evaluated.</summary>
    public DateOnly Today { get; }

    public DateOnly? FirstDay { get; }

    /// <summary>How today stands so far (a check-in, a protected day, or nothing yet).</summary>
    public DayMark TodayMark => _todayMark;

    public IReadOnlyDictionary<DateOnly, DaySummary> Days => _days;

    public IEnumerable<LadderEvent> EventsOf(string sessionUid) => Of(_events, sessionUid);

    public IEnumerable<RecordBroken> RecordsOf(string sessionUid) => Of(_broken, sessionUid);

    // A loop, not Where(..).Select(..): Select on LINQ's own iterator is a generic virtual call,
    // which Native AOT resolves at run time, and every check-in's summary paid that.
    private static IEnumerable<T> Of<T>(List<Tagged<T>> tagged, string sessionUid)
    {
        foreach (Tagged<T> t in tagged)
        {
            if (t.SessionUid == sessionUid)
            {
                yield return t.Item;
            }
        }
    }

    /// <summary>Every ladder event and broken record of the replay, with its day (for the weekly recap).</summary>
    public IReadOnlyList<LadderEvent> Events => [.. _events.Select(e => e.Item)];

    public IReadOnlyList<(DateOnly Day, RecordBroken Record)> Broken => [.. _broken.Select(b => (b.Day, b.Item))];

    public StreakCounter Streak { get; }

    public AchievementBook Achievements { get; } = new();

    public IReadOnlyList<Session> On(DateOnly day) => _byDay.TryGetValue(day, out List<Session>? s) ? s : [];

    /// <summary>The plan in effect on a game day.</summary>
    public bool IsTrainingDay(DateOnly day) => History.PlanOn(day, _catalog.DefaultPlan).IsTrainingDay(day);

    /// <summary>The quest of a day as the game proposed it, from the ladders as they stood before the day's entries.</summary>
    public QuestPlan QuestOn(DateOnly day) => TodaysQuest.For(_catalog, IsTrainingDay(day), Suggested, day);

    /// <summary>The level the game suggests on a ladder now.</summary>
    public int Suggested(string ladder) => _ladderById.TryGetValue(ladder, out LadderProgress? progress) ? progress.Suggested : 1;

    /// <summary>
    /// Marks a day: a check-in; else a day a change of clock jumped over; else a planned rest day;
    /// else a pain-rest within the protected allowance; else a miss. Called once per day, in order,
    /// for the allowance to hold.
    /// </summary>
    public DayMark Mark(DateOnly day)
    {
        IReadOnlyList<Session> sessions = On(day);
        if (sessions.Any(s => s.HasEntries))
        {
            return DayMark.CheckIn;
        }

        if (_skipped.Contains(day))
        {
            // A day travelled past needs no pain-rest or plan to bridge: it leaves the allowance alone.
            return DayMark.Travel;
        }

        if (!IsTrainingDay(day))
        {
            return DayMark.PlannedRest;
        }

        bool painRest = sessions.Any(s => s.RestPain >= _catalog.Rules.RestDayMinPain);
        return painRest && _protected.TryProtect(day) ? DayMark.Protected : DayMark.Miss;
    }

    /// <summary>
    /// Books one game day: XP (with the streak as it stood before), the streak, ladders and records.
    /// A miss that is <paramref name="undecided"/> (the partner may still carry it) waits like today.
    /// </summary>
    public DayXp Book(DateOnly day, DayMark mark, bool partnerTrained, bool undecided = false)
    {
        IReadOnlyList<Session> sessions = On(day);
        DayXp xp = sessions.Count == 0 ? default : DayXp.For(sessions, Streak.Current, partnerTrained, _catalog);
        _xp += xp;
        Streak.Step(mark, dayIsOver: day < Today && !undecided);
        if (day == Today)
        {
            _todayMark = mark;
        }

        if (day > Today)
        {
            return xp;
        }

        if (sessions.Count == 0)
        {
            _days[day] = new DaySummary(day, mark, xp, 0, 0, Streak.Current) { FreezesAfter = Streak.Freezes };
            return xp;
        }

        int training = 0;
        bool unlocked = false;
        foreach (Session session in sessions)
        {
            training += session.HasEntries ? 1 : 0;
            foreach (Entry entry in session.Entries)
            {
                unlocked |= StepEntry(session, entry, day);
            }
        }

        _days[day] = new DaySummary(day, mark, xp, sessions.Count, training, Streak.Current) { FreezesAfter = Streak.Freezes };
        Achievements.EarnWhen(mark == DayMark.CheckIn, Achievement.FirstSession, day);
        Achievements.EarnWhen(Streak.Current >= 7, Achievement.Streak7, day);
        Achievements.EarnWhen(Streak.Current >= 30, Achievement.Streak30, day);
        Achievements.EarnWhen(Streak.Current >= 100, Achievement.Streak100, day);
        if (unlocked)
        {
            Achievements.Earn(Achievement.FirstUnlock, day);
            Achievements.EarnWhen(_ladders.Any(l => l.AtTop), Achievement.TopOfALadder, day);
            Achievements.EarnWhen(_ladders.All(l => l.Unlocked >= 3), Achievement.LevelThreeEverywhere, day);
        }

        return xp;
    }

    /// <summary>Steps one entry through its ladder and the records; true when it unlocked a level.</summary>
    private bool StepEntry(Session session, Entry entry, DateOnly day)
    {
        if (!_ladderById.TryGetValue(entry.Ladder, out LadderProgress? progress) || !progress.Ladder.HasLevel(entry.Level))
        {
            return false;
        }

        _stepEvents.Clear();
        progress.Step(entry, day, _stepEvents);
        bool unlocked = false;
        foreach (LadderEvent e in _stepEvents)
        {
            _events.Add(new Tagged<LadderEvent>(session.Uid, e));
            unlocked |= e.Kind == LadderEventKind.Unlocked;
        }

        foreach (RecordBroken r in _records.Step(entry, day))
        {
            _broken.Add(new Tagged<RecordBroken>(session.Uid, r, day));
        }

        return unlocked;
    }

    public PlayerSnapshot Capture() => new(
        Streak.Capture(),
        _protected.Recent,
        _xp.Base,
        _xp.StreakBonus,
        _xp.CoopBonus,
        [.. _ladders.Select(l => l.Capture())],
        [.. _records.All],
        [.. Achievements.Earned]);

    public void Restore(PlayerSnapshot s)
    {
        Streak.Restore(s.Streak);
        _protected.Restore(s.ProtectedDays);
        _xp = new DayXp(s.XpBase, s.XpStreakBonus, s.XpCoopBonus);
        foreach (LadderSnapshot ladder in s.Ladders)
        {
            _ladderById.GetValueOrDefault(ladder.Id)?.Restore(ladder);
        }

        _records.Restore(s.Records);
        Achievements.Restore(s.Achievements);
    }

    public PlayerState Snapshot()
    {
        LadderState[] ladders =
        [
            .. _ladders.Select(l => new LadderState(
                l.Ladder.Id,
                l.Ladder.Name,
                l.Ladder.TopLevel,
                l.Unlocked,
                l.Suggested,
                l.Qualifying,
                l.AtTop ? 0 : l.Needed,
                l.CoolingDown,
                l.HoldLevel is not null,
                l.PainRising,
                l.LastPain) { CoolLevel = l.CoolingDown ? l.CoolLevel : null }),
        ];
        return new PlayerState(
            History.Player,
            Today,
            _xp,
            LevelCurve.For(_xp.Total, _catalog.Rules.LevelCurve),
            new StreakState(Streak.Current, Streak.Longest, Streak.Freezes),
            _todayMark,
            ladders,
            [.. Achievements.Earned.OrderBy(a => a.Day)],
            [.. _records.All])
        {
            Plan = History.PlanOn(Today, _catalog.DefaultPlan),
            TodayIsTrainingDay = IsTrainingDay(Today),
        };
    }
}
