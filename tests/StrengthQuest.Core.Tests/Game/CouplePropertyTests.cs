using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Duel;
using static StrengthQuest.Core.Tests.Support.Fixtures;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.StateComparison;

namespace StrengthQuest.Core.Tests.Game;

/// <summary>
/// Random couples lived in real time: two partners in random zones (up to 26 hours apart, with DST
/// changes and half-hour offsets) and random day starts, checking in — and sometimes backfilling —
/// as the hours pass. Evaluated at random instants with only what was recorded by then.
/// </summary>
public class CouplePropertyTests
{
    public static TheoryData<int> Seeds() => LivedCouple.Seeds();

    private static CoupleHistory Live(int seed) => LivedCouple.Live(seed);

    private static CoupleHistory Until(CoupleHistory history, DateTimeOffset at) => LivedCouple.Until(history, at);

    private static IEnumerable<DateTimeOffset> Instants(int seed, int count) => LivedCouple.Instants(seed, count);

    private static List<Entry> Entries(Random random) => LivedCouple.Entries(random);

    private static readonly DateTimeOffset Start = LivedCouple.Start;
    private static readonly TimeSpan Span = LivedCouple.Span;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Both_partners_always_see_the_same_coop_figures_and_crowns(int seed)
    {
        CoupleHistory lived = Live(seed);
        foreach (DateTimeOffset at in Instants(seed, 10))
        {
            CoupleHistory ann = Until(lived, at);
            CoupleHistory bob = ann.Swap();
            CoupleState annSees = GameEngine.Evaluate(Shipped, ann, AsOf.At(at, ann));
            CoupleState bobSees = GameEngine.Evaluate(Shipped, bob, AsOf.At(at, bob));

            Assert.Equal((annSees.Coop!.Current, annSees.Coop.Longest, annSees.Coop.Freezes), (bobSees.Coop!.Current, bobSees.Coop.Longest, bobSees.Coop.Freezes));
            Assert.Equal((annSees.Coop.MeToday, annSees.Coop.PartnerToday), (bobSees.Coop.PartnerToday, bobSees.Coop.MeToday));
            Assert.Equal((annSees.Duel!.MyCrowns, annSees.Duel.PartnerCrowns), (bobSees.Duel!.PartnerCrowns, bobSees.Duel.MyCrowns));
            Assert.Equal(Comparable(annSees.Me), Comparable(bobSees.Partner!));
            Assert.Equal(Comparable(annSees.Partner!), Comparable(bobSees.Me));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_partners_unfinished_day_is_never_a_miss(int seed)
    {
        CoupleHistory lived = Live(seed);
        foreach (DateTimeOffset at in Instants(seed, 10))
        {
            CoupleHistory history = Until(lived, at);
            AsOf now = AsOf.At(at, history);
            CoupleState state = GameEngine.Evaluate(Shipped, history, now);

            // Both partners standing on the earlier of their two todays: every day before it is over
            // for both in either view, and none after it may count against the couple.
            CoupleState settled = GameEngine.Evaluate(Shipped, history, AsOf.Day(now.Earliest, history));
            Assert.True(state.Coop!.Current >= settled.Coop!.Current, $"co-op {state.Coop.Current} < {settled.Coop.Current} at {at:O} ({now})");
            Assert.True(state.Coop.Longest >= settled.Coop.Longest);

            // Each partner's own streak is judged by their own today — except that a miss the partner
            // may still carry (their day still running) waits: it can only stand higher, never lower.
            AssertOwnStreak(state.Me.Streak, GameEngine.Evaluate(Shipped, history, AsOf.Day(now.Me, history)).Me.Streak, partnerBehind: now.Partner < now.Me);
            AssertOwnStreak(state.Partner!.Streak, GameEngine.Evaluate(Shipped, history, AsOf.Day(now.Partner!.Value, history)).Partner!.Streak, partnerBehind: now.Me < now.Partner);
        }
    }

    private static void AssertOwnStreak(StreakState atInstant, StreakState onOwnDay, bool partnerBehind)
    {
        if (partnerBehind)
        {
            Assert.True(atInstant.Current >= onOwnDay.Current && atInstant.Freezes >= onOwnDay.Freezes, $"{atInstant} < {onOwnDay}");
        }
        else
        {
            Assert.Equal(onOwnDay, atInstant);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Crowns_of_a_week_are_given_once_it_is_over_for_both_and_never_change(int seed)
    {
        CoupleHistory lived = Live(seed);
        Dictionary<DateOnly, (bool Mine, bool Partner)> given = [];
        int lastCrowns = 0;
        for (DateTimeOffset at = Start.AddDays(6); at < Start + Span; at = at.AddHours(5))
        {
            CoupleHistory history = Until(lived, at);
            AsOf now = AsOf.At(at, history);
            CoupleTimeline timeline = GameEngine.Timeline(Shipped, history, now);
            foreach (DuelWeek week in timeline.Weeks.Where(w => w.Closed))
            {
                Assert.True(now.IsSettled(week.Monday.AddDays(6)), $"{week.Week} closed before it was over for both at {at:O}");
                if (given.TryGetValue(week.Monday, out (bool Mine, bool Partner) before))
                {
                    Assert.Equal(before, (week.MyCrown, week.PartnerCrown));
                }

                given[week.Monday] = (week.MyCrown, week.PartnerCrown);
            }

            int crowns = timeline.State.Duel!.MyCrowns + timeline.State.Duel.PartnerCrowns;
            Assert.True(crowns >= lastCrowns);
            lastCrowns = crowns;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Resuming_from_a_snapshot_kept_earlier_gives_exactly_a_full_replay(int seed)
    {
        CoupleHistory lived = Live(seed);
        DateTimeOffset[] instants = [.. Instants(seed, 6)];
        for (int i = 0; i + 1 < instants.Length; i++)
        {
            CoupleHistory then = Until(lived, instants[i]);
            AsOf thenAsOf = AsOf.At(instants[i], then);
            FoldSnapshot? kept = GameEngine.Evaluate(Shipped, then, thenAsOf, null, SnapshotPolicy.LastSettledDay(thenAsOf, Shipped.Rules)).Captured;

            CoupleHistory later = Until(lived, instants[i + 1]);
            AsOf laterAsOf = AsOf.At(instants[i + 1], later);
            Assert.Equal(
                Comparable(GameEngine.Evaluate(Shipped, later, laterAsOf)),
                Comparable(GameEngine.Evaluate(Shipped, later, laterAsOf, kept, null).State));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_check_in_evaluated_in_one_go_equals_a_full_replay_with_it(int seed)
    {
        CoupleHistory lived = Live(seed);
        foreach (DateTimeOffset at in Instants(seed, 4))
        {
            CoupleHistory history = Until(lived, at);
            AsOf now = AsOf.At(at, history);
            FoldSnapshot? cached = GameEngine.Evaluate(Shipped, history, now, null, SnapshotPolicy.LastSettledDay(now, Shipped.Rules)).Captured;
            Session added = new("new", now.Me.AddDays(-1), at, true, Entries(new Random(seed)));
            CheckInEvaluation checkIn = GameEngine.CheckIn(Shipped, history, now, _ => added, cached, null);

            CoupleHistory with = history with { Me = history.Me.With(added) };
            Assert.Equal(Comparable(GameEngine.Evaluate(Shipped, with, now)), Comparable(checkIn.Summary.After));
            Assert.Equal(Comparable(GameEngine.Evaluate(Shipped, history, now)), Comparable(GameEngine.Evaluate(Shipped, history, now, cached, null).State));
        }
    }
}
