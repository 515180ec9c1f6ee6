using StrengthQuest.Core.Days;
using StrengthQuest.Core.Players;

namespace StrengthQuest.Core.History;

/// <summary>A player, their clock and every session they recorded, in the order they happened.</summary>
public sealed record PlayerHistory(Player Player, IReadOnlyList<Session> Sessions)
{
    /// <summary>How the player's instants become game days (default: UTC with their day start).</summary>
    public GameClock Clock { get; init; } = GameClock.Utc(Player.DayStartHour);

    /// <summary>The player's training plans, each from a game day on, oldest first (none: the catalog's default).</summary>
    public IReadOnlyList<PlanChange> Plans { get; init; } = [];

    /// <summary>The plan in effect on a game day.</summary>
    public TrainingPlan PlanOn(DateOnly day, TrainingPlan fallback)
    {
        TrainingPlan plan = fallback;
        foreach (PlanChange change in Plans)
        {
            if (change.From <= day)
            {
                plan = change.Plan;
            }
        }

        return plan;
    }

    // One comparer, not OrderBy(..).ThenBy(..): ThenBy is a generic virtual call, which Native AOT
    // resolves at run time, and every check-in paid that on first use. Same stable order.
    private static readonly Comparer<Session> ByDayThenRecorded = Comparer<Session>.Create((a, b) =>
        a.Day.CompareTo(b.Day) is var day and not 0 ? day : a.RecordedAt.CompareTo(b.RecordedAt));

    /// <summary>Sessions ordered by game day, then by when they were recorded.</summary>
    public static PlayerHistory Ordered(Player player, IEnumerable<Session> sessions) =>
        new(player, [.. sessions.Order(ByDayThenRecorded)]);

    public PlayerHistory With(Session session) =>
        this with { Sessions = [.. Sessions.Append(session).Order(ByDayThenRecorded)] };

    public PlayerHistory Without(IReadOnlySet<string> uids) =>
        this with { Sessions = [.. Sessions.Where(s => !uids.Contains(s.Uid))] };
}

/// <summary>What the rules look at: a player and, when linked, their partner.</summary>
public sealed record CoupleHistory(PlayerHistory Me, PlayerHistory? Partner)
{
    public CoupleHistory Swap() =>
        Partner is null ? this : new CoupleHistory(Partner, Me);
}
