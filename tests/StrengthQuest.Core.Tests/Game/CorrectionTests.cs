using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Tests.Support;
using static StrengthQuest.Core.Tests.Support.Fixtures;

namespace StrengthQuest.Core.Tests.Game;

/// <summary>GAME.md "Correcting": a session changed or deleted replays everything derived, for both partners.</summary>
public class CorrectionTests
{
    private const string Tib = "tibialis-raise:1=20,20";

    private static CorrectionSummary Correct(CoupleHistory history, string uid, string asOf, Func<CoupleState, Session?> replace)
    {
        Session old = history.Me.Sessions.Single(s => s.Uid == uid);
        return GameEngine.Correct(Shipped, history, AsOf.Day(D(asOf), history), old, replace, resume: null, captureAfter: null).Summary;
    }

    [Fact]
    public void Deleting_the_session_that_unlocked_a_level_locks_it_again_and_takes_its_xp_back()
    {
        PlayerHistory alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-22"), D("2026-11-24"), Tib).Build();
        CoupleHistory history = new(alex, null);
        string last = alex.Sessions[^1].Uid;

        CorrectionSummary summary = Correct(history, last, "2026-11-24", _ => null);

        Assert.True(summary.IsDelete);
        Assert.Equal(3, summary.Before.Me.Streak.Current);
        Assert.Equal(2, summary.After.Me.Streak.Current);
        Assert.True(summary.XpChange < 0);
        Assert.Equal([("tibialis-raise", 2)], summary.Relocked.Select(u => (u.Ladder, u.Level)));
        Assert.Empty(summary.Unlocked);
        CoupleState replayed = GameEngine.Evaluate(Shipped, new CoupleHistory(alex.Without(new HashSet<string> { last }), null), D("2026-11-24"));
        Assert.Equal(StateComparison.Comparable(replayed), StateComparison.Comparable(summary.After));
    }

    [Fact]
    public void A_typo_fixed_changes_the_xp_and_the_partners_co_op_figures_follow()
    {
        PlayerHistory alex = new HistoryBuilder(Alex).Train(D("2026-11-24"), "tibialis-raise:1=2").Build();
        PlayerHistory sam = new HistoryBuilder(Sam).Train(D("2026-11-24"), Tib).Build();
        CoupleHistory history = new(alex, sam);
        Session typo = alex.Sessions[0];

        CorrectionSummary summary = Correct(history, typo.Uid, "2026-11-24", _ => typo with { Entries = [new Entry("tibialis-raise", 1, [new SetDone(20), new SetDone(20)], 0)] });

        Assert.False(summary.IsDelete);
        Assert.True(summary.XpChange > 0);
        Assert.Equal(1, summary.After.Coop!.Current);
        CoupleHistory fixedUp = new(alex.Without(new HashSet<string> { typo.Uid }).With(summary.Replacement!), sam);
        Assert.Equal(GameEngine.Evaluate(Shipped, fixedUp.Swap(), D("2026-11-24")).Coop, summary.After.Coop);
    }

    [Fact]
    public void The_replacement_is_built_from_the_state_without_the_old_session()
    {
        PlayerHistory alex = new HistoryBuilder(Alex).TrainDays(D("2026-11-22"), D("2026-11-24"), Tib).Build();
        int? unlockedSeen = null;

        Correct(new CoupleHistory(alex, null), alex.Sessions[^1].Uid, "2026-11-24", without =>
        {
            unlockedSeen = without.Me.Ladder("tibialis-raise")!.Unlocked;
            return null;
        });

        Assert.Equal(1, unlockedSeen);
    }
}
