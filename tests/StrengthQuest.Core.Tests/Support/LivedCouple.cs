using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Support;

/// <summary>
/// Random couples lived in real time: two partners in random zones (up to 26 hours apart, with DST
/// changes and half-hour offsets), random day starts and training plans (sometimes changed midway),
/// checking in — and sometimes backfilling, resting or doing every ladder — as the hours pass.
/// </summary>
internal static class LivedCouple
{
    private static readonly string[] Zones =
    [
        "Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Pacific/Auckland", "America/Los_Angeles",
        "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "UTC", "Australia/Sydney",
        "America/New_York",
    ];

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Span = TimeSpan.FromDays(56);

    public static TheoryData<int> Seeds()
    {
        TheoryData<int> seeds = [];
        for (int seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    public static CoupleHistory Live(int seed)
    {
        Random random = new(seed);
        PlayerHistory Player(long id, string handle)
        {
            GameClock clock = new(TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]), random.Next(0, 24));
            List<PlanChange> plans = [];
            if (random.NextDouble() < 0.7)
            {
                plans.Add(new PlanChange(DateOnly.MinValue, RandomPlan(random)));
            }

            if (random.NextDouble() < 0.3)
            {
                plans.Add(new PlanChange(DateOnly.FromDateTime(Start.UtcDateTime).AddDays(random.Next(10, 40)), RandomPlan(random)));
            }

            return new PlayerHistory(new Player(id, handle, handle, clock.Zone.Id, clock.DayStartHour), []) { Clock = clock, Plans = plans };
        }

        PlayerHistory[] players = [Player(1, "ann"), Player(2, "bob")];
        List<Session>[] sessions = [[], []];
        double[] keen = [0.1 + (random.NextDouble() * 0.25), 0.1 + (random.NextDouble() * 0.25)];
        int uid = 0;
        for (DateTimeOffset at = Start; at < Start + Span; at = at.AddMinutes(random.Next(30, 8 * 60)))
        {
            for (int p = 0; p < 2; p++)
            {
                if (random.NextDouble() >= keen[p])
                {
                    continue;
                }

                DateOnly today = players[p].Clock.DayOf(at);
                bool backfill = random.NextDouble() < 0.12;
                DateOnly day = backfill ? today.AddDays(-random.Next(1, Shipped.Rules.BackfillDays + 1)) : today;
                double kind = random.NextDouble();
                if (kind < 0.08)
                {
                    if (!sessions[p].Any(s => s.Day == day))
                    {
                        sessions[p].Add(new Session($"s{uid++}", day, at, backfill, [], random.Next(6, 10)));
                    }

                    continue;
                }

                sessions[p].Add(new Session($"s{uid++}", day, at, backfill, kind < 0.25 ? EveryLadder() : Entries(random)));
            }
        }

        return new CoupleHistory(
            players[0] with { Sessions = [.. sessions[0].OrderBy(s => s.Day).ThenBy(s => s.RecordedAt)] },
            players[1] with { Sessions = [.. sessions[1].OrderBy(s => s.Day).ThenBy(s => s.RecordedAt)] });
    }

    private static TrainingPlan RandomPlan(Random random) =>
        random.NextDouble() < 0.6
            ? TrainingPlan.Presets[random.Next(TrainingPlan.Presets.Count)].Plan
            : TrainingPlan.Of([.. Enum.GetValues<DayOfWeek>().Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty(DayOfWeek.Monday)]);

    public static List<Entry> Entries(Random random)
    {
        List<Entry> entries = [];
        foreach (Ladder ladder in Shipped.Ladders.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            LadderLevel level = ladder.Level(1);
            int sets = random.Next(1, level.Sets + 2);
            int pain = random.NextDouble() < 0.15 ? random.Next(0, 9) : random.Next(0, 3);
            entries.Add(new Entry(ladder.Id, 1, [.. Enumerable.Range(0, sets).Select(_ => new SetDone(random.Next(level.Amount / 2, level.Amount + 3)))], pain));
        }

        return entries;
    }

    /// <summary>A big day: every ladder at level 1, every target met, no pain — enough to carry a partner early on.</summary>
    private static List<Entry> EveryLadder() =>
        [.. Shipped.Ladders.Select(l => new Entry(l.Id, 1, [.. Enumerable.Repeat(new SetDone(l.Level(1).Amount), l.Level(1).Sets)], 0))];

    /// <summary>The history as it stood at <paramref name="at"/>: only what had been recorded by then.</summary>
    public static CoupleHistory Until(CoupleHistory history, DateTimeOffset at) => new(
        history.Me with { Sessions = [.. history.Me.Sessions.Where(s => s.RecordedAt <= at)] },
        history.Partner! with { Sessions = [.. history.Partner.Sessions.Where(s => s.RecordedAt <= at)] });

    public static IEnumerable<DateTimeOffset> Instants(int seed, int count)
    {
        Random random = new(seed * 7919);
        return Enumerable.Range(0, count)
            .Select(_ => Start + TimeSpan.FromMinutes(random.Next((int)TimeSpan.FromDays(7).TotalMinutes, (int)Span.TotalMinutes)))
            .Order();
    }
}
