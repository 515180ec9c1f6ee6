using StrengthQuest.Core.Players;

namespace StrengthQuest.Core.History;

/// <summary>A player and every session they recorded, in the order they happened.</summary>
public sealed record PlayerHistory(Player Player, IReadOnlyList<Session> Sessions)
{
    /// <summary>Sessions ordered by game day, then by when they were recorded.</summary>
    public static PlayerHistory Ordered(Player player, IEnumerable<Session> sessions) =>
        new(player, [.. sessions.OrderBy(s => s.Day).ThenBy(s => s.RecordedAt)]);

    public PlayerHistory With(Session session) => Ordered(Player, Sessions.Append(session));
}

/// <summary>What the rules look at: a player and, when linked, their partner.</summary>
public sealed record CoupleHistory(PlayerHistory Me, PlayerHistory? Partner)
{
    public CoupleHistory Swap() =>
        Partner is null ? this : new CoupleHistory(Partner, Me);
}
