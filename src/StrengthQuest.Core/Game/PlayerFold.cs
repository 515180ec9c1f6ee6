using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Core.Rules.Xp;

namespace StrengthQuest.Core.Game;

/// <summary>One player's running totals while the engine walks the game days in order.</summary>
internal sealed class PlayerFold
{
    private readonly GameCatalog _catalog;
    private readonly Dictionary<DateOnly, List<Session>> _byDay = [];
    private readonly ProtectedWindow _protected;
    private readonly Dictionary<string, LadderProgress> _ladders = new(StringComparer.Ordinal);
    private readonly PersonalRecords _records = new();
    private readonly Dictionary<DateOnly, DaySummary> _days = [];
    private readonly List<Tagged<LadderEvent>> _events = [];
    private readonly List<Tagged<RecordBroken>> _broken = [];
    private DayXp _xp;
    private DayMark _today;

    public PlayerFold(PlayerHistory history, GameCatalog catalog, DateOnly asOf)
    {
        History = history;
        _catalog = catalog;
        GameRules rules = catalog.Rules;
        _protected = new ProtectedWindow(rules.ProtectedDaysPerWindow, rules.ProtectedWindowDays);
        Streak = new StreakCounter(rules.FreezeEveryDays, rules.MaxFreezes);
        foreach (Ladder ladder in catalog.Ladders)
        {
            _ladders[ladder.Id] = new LadderProgress(ladder, rules);
        }

        foreach (Session session in history.Sessions.Where(s => s.Day <= asOf))
        {
            if (!_byDay.TryGetValue(session.Day, out List<Session>? list))
            {
                _byDay[session.Day] = list = [];
            }

            list.Add(session);
        }

        FirstDay = _byDay.Count == 0 ? null : _byDay.Keys.Min();
    }

    public PlayerHistory History { get; }

    public DateOnly? FirstDay { get; }

    public StreakCounter Streak { get; }

    public AchievementBook Achievements { get; } = new();

    public IEnumerable<LadderProgress> Ladders => _ladders.Values;

    public IReadOnlyList<Session> On(DateOnly day) => _byDay.TryGetValue(day, out List<Session>? s) ? s : [];

    public bool TrainedOn(DateOnly day) => On(day).Any(s => s.HasEntries);

    /// <summary>Marks a day; must be called once per day, in order, for the protected allowance to hold.</summary>
    public DayMark Mark(DateOnly day)
    {
        IReadOnlyList<Session> sessions = On(day);
        if (sessions.Any(s => s.HasEntries))
        {
            return DayMark.CheckIn;
        }

        bool painRest = sessions.Any(s => s.IsRest && s.RestPain >= _catalog.Rules.RestDayMinPain);
        return painRest && _protected.TryProtect(day) ? DayMark.Protected : DayMark.Miss;
    }

    /// <summary>Books one game day: XP (with the streak as it stood before), the streak, ladders and records.</summary>
    public DayXp Book(DateOnly day, DayMark mark, bool partnerTrained, bool dayIsOver)
    {
        IReadOnlyList<Session> sessions = On(day);
        DayXp xp = DayXp.For(sessions, Streak.Current, partnerTrained, _catalog);
        _xp += xp;
        Streak.Step(mark, dayIsOver);
        if (!dayIsOver)
        {
            _today = mark;
        }

        foreach (Session session in sessions)
        {
            foreach (Entry entry in session.Entries)
            {
                StepEntry(session, entry, day);
            }
        }

        if (sessions.Count > 0 || mark != DayMark.Miss)
        {
            _days[day] = new DaySummary(day, mark, xp, sessions.Count, sessions.Count(s => s.HasEntries), Streak.Current);
        }

        Achievements.EarnWhen(mark == DayMark.CheckIn, Achievement.FirstSession, day);
        Achievements.EarnWhen(Streak.Current >= 7, Achievement.Streak7, day);
        Achievements.EarnWhen(Streak.Current >= 30, Achievement.Streak30, day);
        Achievements.EarnWhen(Streak.Current >= 100, Achievement.Streak100, day);
        return xp;
    }

    private void StepEntry(Session session, Entry entry, DateOnly day)
    {
        if (!_ladders.TryGetValue(entry.Ladder, out LadderProgress? progress) || !progress.Ladder.HasLevel(entry.Level))
        {
            return;
        }

        foreach (LadderEvent e in progress.Step(entry, day))
        {
            _events.Add(new Tagged<LadderEvent>(session.Uid, e));
            Achievements.EarnWhen(e.Kind == LadderEventKind.Unlocked, Achievement.FirstUnlock, day);
        }

        foreach (RecordBroken r in _records.Step(entry, day))
        {
            _broken.Add(new Tagged<RecordBroken>(session.Uid, r));
        }

        Achievements.EarnWhen(_ladders.Values.Any(l => l.AtTop), Achievement.TopOfALadder, day);
        Achievements.EarnWhen(_ladders.Values.All(l => l.Unlocked >= 3), Achievement.LevelThreeEverywhere, day);
    }

    public PlayerState Snapshot(DateOnly asOf)
    {
        GameRules rules = _catalog.Rules;
        LadderState[] ladders =
        [
            .. _ladders.Values.Select(l => new LadderState(
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
                l.LastPain)),
        ];
        return new PlayerState(
            History.Player,
            asOf,
            _xp,
            LevelCurve.For(_xp.Total, rules.LevelCurve),
            new StreakState(Streak.Current, Streak.Longest, Streak.Freezes),
            _today,
            ladders,
            [.. Achievements.Earned.OrderBy(a => a.Day)],
            [.. _records.All],
            _days,
            _events,
            _broken);
    }
}
