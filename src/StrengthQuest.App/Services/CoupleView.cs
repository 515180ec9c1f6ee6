using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Social;

namespace StrengthQuest.Services;

/// <summary>
/// A player, their partner, their history and what the rules make of it as of a day. When the
/// evaluation resumed from a cached snapshot, <see cref="History"/> holds only the sessions after
/// <see cref="Resumed"/>'s day.
/// </summary>
public sealed record CoupleView(Player Me, Player? Partner, CoupleHistory History, CoupleState State, DateOnly Today, FoldSnapshot? Resumed = null)
{
    public DateOnly AsOf => State.Me.AsOf;

    /// <summary>Nudges and presence, read with the view.</summary>
    public CoupleSocial Social { get; init; } = CoupleSocial.None;
}

/// <summary>
/// What partners tell each other outside the rules: the latest nudge to me, and since when my
/// partner has been in a game that is still open (null when in none).
/// </summary>
public sealed record CoupleSocial(Nudge? LatestNudge, DateTimeOffset? PartnerSeenAt)
{
    public static readonly CoupleSocial None = new(null, null);

    public static readonly TimeSpan NudgeLasts = TimeSpan.FromHours(24);

    public bool PartnerInGame => PartnerSeenAt is not null;

    /// <summary>A nudge shows until I check in today, for a day at most.</summary>
    public Nudge? ShownNudge(CoupleView view, DateTimeOffset now) =>
        LatestNudge is { } nudge && now - nudge.SentAt < NudgeLasts && !view.State.Me.CheckedInToday && view.AsOf == view.Today ? nudge : null;
}

/// <summary>A player as listed, with their partner's handle when linked.</summary>
public sealed record PlayerListing(Player Player, string? Partner);
