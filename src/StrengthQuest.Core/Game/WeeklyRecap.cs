using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Boss;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;

namespace StrengthQuest.Core.Game;

/// <summary>One day of a partner's week: XP, sessions, the highest pain felt (null: nothing recorded) and the day's mark.</summary>
public sealed record RecapDay(DateOnly Day, int Xp, int Sessions, int? Pain, DayMark Mark);

/// <summary>One partner's week.</summary>
public sealed record RecapPlayer(
    Player Player,
    IReadOnlyList<RecapDay> Days,
    IReadOnlyList<RecordBroken> Records,
    IReadOnlyList<LadderEvent> Unlocks,
    int StreakAtEnd,
    IReadOnlyList<DateOnly> CarriedDays)
{
    public int Xp => Days.Sum(d => d.Xp);

    public int Sessions => Days.Sum(d => d.Sessions);
}

/// <summary>
/// A week of the couple, Monday to Sunday: each partner's days, records and unlocks, the boss, the
/// crown (once the week is over for both) and the streaks at the week's end.
/// </summary>
public sealed record WeeklyRecap(string Week, DateOnly Monday, RecapPlayer Me, RecapPlayer? Partner, BossWeek? Boss, DuelWeek? Duel, int? CoopAtEnd)
{
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The recap of the week holding <paramref name="day"/>, from a full replay.</summary>
    public static WeeklyRecap Of(CoupleTimeline timeline, CoupleHistory history, DateOnly day)
    {
        DateOnly monday = IsoWeeks.Monday(day);
        DateOnly sunday = monday.AddDays(6);
        RecapPlayer mine = Player(history.Me, timeline.MyDays, timeline.MyEvents, timeline.MyRecords, [.. timeline.Carries.Where(c => c.MeCarried).Select(c => c.Day)], monday);
        RecapPlayer? theirs = history.Partner is { } partner && timeline.PartnerDays is { } days
            ? Player(partner, days, timeline.PartnerEvents, timeline.PartnerRecords, [.. timeline.Carries.Where(c => !c.MeCarried).Select(c => c.Day)], monday)
            : null;
        int? coop = theirs is null ? null : LastOnOrBefore(timeline.CoopDays, sunday, monday);
        return new WeeklyRecap(
            IsoWeeks.Label(monday),
            monday,
            mine,
            theirs,
            timeline.Bosses.FirstOrDefault(b => b.Monday == monday),
            theirs is null ? null : timeline.Weeks.FirstOrDefault(w => w.Monday == monday),
            coop);
    }

    private static RecapPlayer Player(
        PlayerHistory history,
        IReadOnlyDictionary<DateOnly, DaySummary> days,
        IReadOnlyList<LadderEvent> events,
        IReadOnlyList<(DateOnly Day, RecordBroken Record)> records,
        IReadOnlyList<DateOnly> carried,
        DateOnly monday)
    {
        DateOnly sunday = monday.AddDays(6);
        RecapDay[] week =
        [
            .. Enumerable.Range(0, 7).Select(i =>
            {
                DateOnly day = monday.AddDays(i);
                Session[] sessions = [.. history.Sessions.Where(s => s.Day == day)];
                int? pain = sessions.Length == 0 ? null : sessions.Max(s => s.Entries.Select(e => e.Pain).Append(s.RestPain ?? 0).Max());
                DaySummary? summary = days.GetValueOrDefault(day);
                return new RecapDay(day, summary?.Xp.Total ?? 0, sessions.Length, pain, summary?.Mark ?? DayMark.Miss);
            }),
        ];
        return new RecapPlayer(
            history.Player,
            week,
            [.. records.Where(r => r.Day >= monday && r.Day <= sunday).Select(r => r.Record)],
            [.. events.Where(e => e.Kind == LadderEventKind.Unlocked && e.Day >= monday && e.Day <= sunday)],
            LastOnOrBefore(days.ToDictionary(d => d.Key, d => d.Value.StreakAfter), sunday, monday) ?? 0,
            [.. carried.Where(d => d >= monday && d <= sunday)]);
    }

    /// <summary>The value on the last day of the week that has one (a partner may not have reached Sunday yet).</summary>
    private static int? LastOnOrBefore(IReadOnlyDictionary<DateOnly, int> byDay, DateOnly sunday, DateOnly monday)
    {
        for (DateOnly day = sunday; day >= monday.AddDays(-7); day = day.AddDays(-1))
        {
            if (byDay.TryGetValue(day, out int value))
            {
                return value;
            }
        }

        return null;
    }
}
