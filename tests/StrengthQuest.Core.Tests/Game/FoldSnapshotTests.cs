using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using static StrengthQuest.Core.Tests.Support.Fixtures;
using static StrengthQuest.Core.Tests.Support.StateComparison;

namespace StrengthQuest.Core.Tests.Game;

public class FoldSnapshotTests
{
    /// <summary>A random but plausible couple: gaps, pain-rest days, flare-ups, two sessions on some days.</summary>
    private static CoupleHistory RandomCouple(int seed, bool withPartner)
    {
        Random random = new(seed);
        PlayerHistory Make(Player player)
        {
            List<Session> sessions = [];
            DateOnly first = D("2026-06-01");
            for (int n = 0; n < 150; n++)
            {
                DateOnly day = first.AddDays(n);
                double roll = random.NextDouble();
                if (roll < 0.12)
                {
                    continue;
                }

                DateTimeOffset at = new(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
                if (roll < 0.18)
                {
                    sessions.Add(new Session($"{player.Handle}-{n}-r", day, at, false, [], random.Next(4, 10)));
                    continue;
                }

                int count = random.NextDouble() < 0.1 ? 2 : 1;
                for (int k = 0; k < count; k++)
                {
                    List<Entry> entries = [];
                    foreach (Ladder ladder in Shipped.Ladders.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
                    {
                        int level = Math.Min(ladder.TopLevel, 1 + (n / 20) + random.Next(0, 2));
                        LadderLevel at2 = ladder.Level(level);
                        int pain = random.NextDouble() < 0.2 ? random.Next(0, 8) : 0;
                        entries.Add(new Entry(ladder.Id, level, [.. Enumerable.Range(0, at2.Sets).Select(_ => new SetDone(at2.Amount - random.Next(0, 2), random.NextDouble() < 0.2 ? 10m : null))], pain));
                    }

                    sessions.Add(new Session($"{player.Handle}-{n}-{k}", day, at.AddMinutes(k), false, entries));
                }
            }

            return PlayerHistory.Ordered(player, sessions);
        }

        return new CoupleHistory(Make(Alex), withPartner ? Make(Sam) : null);
    }

    public static TheoryData<int, bool, string, string> Cases => new()
    {
        { 1, true, "2026-07-10", "2026-07-15" },
        { 2, true, "2026-08-02", "2026-08-30" },
        { 3, true, "2026-05-20", "2026-06-10" },
        { 4, false, "2026-09-01", "2026-09-06" },
        { 5, true, "2026-10-20", "2026-11-24" },
        { 6, true, "2026-08-09", "2026-08-10" },
        { 7, false, "2026-06-01", "2026-10-28" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resuming_from_a_snapshot_gives_exactly_the_state_of_a_full_replay(int seed, bool withPartner, string capture, string asOf)
    {
        CoupleHistory history = RandomCouple(seed, withPartner);
        CoupleState full = GameEngine.Evaluate(Shipped, history, D(asOf));

        Evaluation capturing = GameEngine.Evaluate(Shipped, history, At(history, asOf), resume: null, captureAfter: D(capture));
        Assert.NotNull(capturing.Captured);
        // Snapshots are taken at the end of a week: the Sunday on or before the day asked.
        Assert.Equal(DayOfWeek.Sunday, capturing.Captured!.ThroughDay.DayOfWeek);
        Assert.InRange(capturing.Captured.ThroughDay, D(capture).AddDays(-6), D(capture));
        Assert.Equal(Comparable(full), Comparable(capturing.State));

        Evaluation resumed = GameEngine.Evaluate(Shipped, history, At(history, asOf), capturing.Captured, captureAfter: null);
        Assert.Equal(Comparable(full), Comparable(resumed.State));

        // The snapshot is the state of a full replay as of its day, so capturing it again from there agrees too.
        Evaluation asOfCapture = GameEngine.Evaluate(Shipped, history, AsOf.Day(capturing.Captured.ThroughDay.AddDays(1), history), resume: null, captureAfter: D(capture));
        Assert.Equal(capturing.Captured with { }, asOfCapture.Captured, new SnapshotText());
    }

    [Fact]
    public void A_snapshot_is_ignored_when_it_does_not_fit_the_question()
    {
        CoupleHistory history = RandomCouple(9, withPartner: true);
        FoldSnapshot snapshot = GameEngine.Evaluate(Shipped, history, At(history, "2026-08-01"), null, D("2026-07-20")).Captured!;

        // As of a day the snapshot already covers, or for a player without the partner it assumed.
        Assert.Equal(
            Comparable(GameEngine.Evaluate(Shipped, history, D("2026-07-10"))),
            Comparable(GameEngine.Evaluate(Shipped, history, At(history, "2026-07-10"), snapshot, null).State));
        CoupleHistory solo = history with { Partner = null };
        Assert.Equal(
            Comparable(GameEngine.Evaluate(Shipped, solo, D("2026-08-01"))),
            Comparable(GameEngine.Evaluate(Shipped, solo, At(solo, "2026-08-01"), snapshot, null).State));
    }

    private static AsOf At(CoupleHistory history, string day) => AsOf.Day(D(day), history);

    /// <summary>Snapshots hold lists, so compare what they print.</summary>
    private sealed class SnapshotText : IEqualityComparer<FoldSnapshot?>
    {
        public bool Equals(FoldSnapshot? x, FoldSnapshot? y) => Text(x) == Text(y);

        public int GetHashCode(FoldSnapshot? obj) => Text(obj).GetHashCode(StringComparison.Ordinal);

        private static string Text(FoldSnapshot? s) => s is null ? "" : string.Join("|", s.ToString(), Player(s.Me), s.Partner is null ? "" : Player(s.Partner), string.Join(",", s.MyCoopBadges), string.Join(",", s.Duel?.OpenWeeks ?? []));

        private static string Player(PlayerSnapshot p) => string.Join(
            "|", p.ToString(), string.Join(",", p.ProtectedDays), string.Join(",", p.Records), string.Join(",", p.Achievements),
            string.Join(",", p.Ladders.Select(l => $"{l} {string.Join(".", l.RecentPains)} {string.Join(".", l.QualifyingDays)} {string.Join(".", l.LastQualifyingDay)}")));
    }
}
