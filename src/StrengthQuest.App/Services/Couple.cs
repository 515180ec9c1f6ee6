using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Players;

namespace StrengthQuest.Services;

/// <summary>
/// A couple read for one evaluation: both players with their clocks, each partner's today at the
/// instant, the cached snapshot when one fits, and the sessions after it.
/// </summary>
internal sealed record Couple(Player Me, Player? Partner, CoupleHistory History, AsOf AsOf, FoldSnapshot? Cached, DateOnly? CaptureDay)
{
    /// <summary>The player's game day now (whatever day was asked for).</summary>
    public DateOnly Today { get; init; }

    /// <summary>How many of each partner's latest check-ins a view carries.</summary>
    public const int RecentCount = 4;

    /// <summary>
    /// Reads the couple of <paramref name="me"/> and <paramref name="partner"/> (as
    /// <c>FindWithPartner</c> gives them) as of <paramref name="now"/> — or, with
    /// <paramref name="asOfDay"/>, as of that game day of the player's (both partners then stand on that day).
    /// </summary>
    public static Couple Read(StoreContext store, Player me, Player? partner, DateTimeOffset now, DateOnly? asOfDay, GameCatalog catalog, bool useCache)
    {
        IReadOnlyDictionary<long, List<ClockSetting>> earlier = store.Players.EarlierClocks(me, partner);
        IReadOnlyDictionary<long, List<PlanChange>> plans = store.Training.Plans(me, partner);
        CoupleHistory clocks = new(
            new PlayerHistory(me, []) { Clock = GameService.ClockOf(me, earlier[me.Id]), Plans = plans[me.Id] },
            partner is null ? null : new PlayerHistory(partner, []) { Clock = GameService.ClockOf(partner, earlier[partner.Id]), Plans = plans[partner.Id] });
        AsOf asOf = asOfDay is { } day ? AsOf.Day(day, clocks) : AsOf.At(now, clocks);
        // Only an evaluation of now keeps a snapshot; "as of" an earlier day replays instead.
        DateOnly? capture = useCache && asOfDay is null ? SnapshotPolicy.LastSettledDay(asOf, catalog.Rules) : null;
        FoldSnapshot? cached = useCache ? store.FoldCache.Find(me, partner, catalog) : null;
        if (cached is not null && !asOf.IsSettled(cached.ThroughDay))
        {
            cached = null;
        }

        IReadOnlyDictionary<long, List<Session>> sessions = store.Sessions.For(me, partner, cached?.ThroughDay);
        CoupleHistory history = new(
            clocks.Me with { Sessions = sessions[me.Id] },
            partner is null ? null : clocks.Partner! with { Sessions = sessions[partner.Id] });
        return new Couple(me, partner, history, asOf, cached, capture) { Today = history.Me.Clock.DayOf(now) };
    }

    /// <summary>The view of a state: with the recent check-ins and the social side, both read now.</summary>
    public CoupleView View(StoreContext store, CoupleState state, GameCatalog catalog)
    {
        IReadOnlyDictionary<long, List<Session>> latest = store.Sessions.Latest(Me, Partner, RecentCount);
        RecentCheckIn[] recent =
        [
            .. latest[Me.Id].Select(s => new RecentCheckIn(true, s))
                .Concat(Partner is null ? [] : latest[Partner.Id].Select(s => new RecentCheckIn(false, s)))
                .OrderByDescending(r => r.Session.RecordedAt)
                .Take(RecentCount),
        ];
        CoupleSocial social = new(store.Social.LatestTo(Me), Partner is null ? null : store.Social.SeenAt(Partner), catalog.Rules);
        return new CoupleView(Me, Partner, state, Today)
        {
            Recent = recent,
            Social = social,
            Clock = History.Me.Clock,
            PartnerClock = History.Partner?.Clock,
            Draft = store.Drafts.Find(Me),
        };
    }
}
