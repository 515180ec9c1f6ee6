using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;

namespace StrengthQuest.Services;

/// <summary>
/// A player, their partner, their history and what the rules make of it as of a day. When the
/// evaluation resumed from a cached snapshot, <see cref="History"/> holds only the sessions after
/// <see cref="Resumed"/>'s day.
/// </summary>
public sealed record CoupleView(Player Me, Player? Partner, CoupleHistory History, CoupleState State, DateOnly Today, FoldSnapshot? Resumed = null)
{
    public DateOnly AsOf => State.Me.AsOf;
}

/// <summary>A player as listed, with their partner's handle when linked.</summary>
public sealed record PlayerListing(Player Player, string? Partner);
