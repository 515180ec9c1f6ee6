using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Social;
using StrengthQuest.Storage.Social;

namespace StrengthQuest.Services;

/// <summary>
/// A player, their partner and what the rules make of them at one moment. It carries totals and
/// what queries read (recent check-ins, nudges, presence) — never the partial history an evaluation
/// that resumed from a snapshot saw, so nothing shown depends on the cache.
/// </summary>
public sealed record CoupleView(Player Me, Player? Partner, CoupleState State, DateOnly Today)
{
    /// <summary>The game day evaluated: today, or the day asked for with --as-of.</summary>
    public DateOnly AsOf => State.Me.AsOf;

    /// <summary>The latest check-ins of both partners, newest first (from a query, however long ago).</summary>
    public IReadOnlyList<RecentCheckIn> Recent { get; init; } = [];

    /// <summary>Nudges and presence, read with the view.</summary>
    public CoupleSocial Social { get; init; } = CoupleSocial.None;

    /// <summary>How the player's instants become game days (with their travel history).</summary>
    public GameClock Clock { get; init; } = GameClock.Utc(Me.DayStartHour);

    public GameClock? PartnerClock { get; init; }

    /// <summary>The player's check-in in progress, kept between connections; null when there is none.</summary>
    public KeptDraft? Draft { get; init; }

    /// <summary>The game day a draft belongs to: the day chosen for it, else the day it was started on.</summary>
    public DateOnly DayOf(Draft draft) => draft.Day ?? Clock.DayOf(draft.StartedAt);
}

/// <summary>One recent check-in and whose it is.</summary>
public sealed record RecentCheckIn(bool Mine, Session Session);

/// <summary>The whole history of a couple with its day-by-day replay, for the history and couple views.</summary>
public sealed record HistoryView(Player Me, Player? Partner, CoupleHistory History, CoupleTimeline Timeline, DateOnly Today)
{
    public CoupleState State => Timeline.State;

    public DateOnly AsOf => State.Me.AsOf;
}

/// <summary>
/// What partners tell each other outside the rules: the latest nudge to me, and since when my
/// partner has been in a game that is still open (null when in none). How long a nudge shows is Core's.
/// </summary>
public sealed record CoupleSocial(Nudge? LatestNudge, DateTimeOffset? PartnerSeenAt, GameRules Rules)
{
    public static readonly CoupleSocial None = new(null, null, new GameRules());

    public bool PartnerInGame => PartnerSeenAt is not null;

    /// <summary>The nudge to show: until I check in today, for a limited time at most.</summary>
    public Nudge? ShownNudge(CoupleView view, DateTimeOffset now) =>
        LatestNudge is { } nudge && view.AsOf == view.Today && Nudges.Shows(nudge.SentAt, now, view.State.Me.CheckedInToday, Rules) ? nudge : null;
}

/// <summary>A player as listed, with their partner's handle when linked.</summary>
public sealed record PlayerListing(Player Player, string? Partner);

/// <summary>A check-in saved: what it earned, and the couple as it stands now (the screen draws this; no reload).</summary>
public sealed record CheckInResult(CheckInSummary Summary, CoupleView View);

/// <summary>A session changed or deleted: what that changed, and the couple as it stands now.</summary>
public sealed record CorrectionResult(CorrectionSummary Summary, CoupleView View);

/// <summary>What <c>player set</c> changed: the day a new plan starts (MinValue: at once), and the reminder now.</summary>
public sealed record TrainingChange(DateOnly? PlanFrom, Core.Players.Reminder Reminder);
