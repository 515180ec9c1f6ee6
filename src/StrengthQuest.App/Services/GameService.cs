using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;

namespace StrengthQuest.Services;

/// <summary>
/// The game's use cases, shared by the CLI verbs and the screens: validated input goes in,
/// one transaction is written, and the state is derived again from history.
/// </summary>
public sealed class GameService(GameDatabase database, GameCatalog catalog, TimeProvider time)
{
    public GameCatalog Catalog => catalog;

    public TimeProvider Time => time;

    public GameDatabase Database => database;

    public Player AddPlayer(string handle, string name, string? timeZone, int? dayStart) =>
        Onboard(new NewPlayer(handle, name, timeZone, dayStart), null).Me;

    /// <summary>Adds a player and, optionally, their partner, linked as a couple: one transaction.</summary>
    public (Player Me, Player? Partner) Onboard(NewPlayer me, NewPlayer? partner)
    {
        NewPlayer first = Checked(me);
        NewPlayer? second = partner is null ? null : Checked(partner);
        if (second is not null && second.Handle == first.Handle)
        {
            throw new GameDataException("You and your partner need different handles.");
        }

        return database.Write(store =>
        {
            DateTimeOffset now = time.GetUtcNow();
            Player a = store.Players.Add(first.Handle, first.Name, first.TimeZone!, first.DayStart!.Value, now);
            if (second is null)
            {
                return (a, (Player?)null);
            }

            Player b = store.Players.Add(second.Handle, second.Name, second.TimeZone!, second.DayStart!.Value, now);
            store.Players.Link(a, b, now);
            return (a, b);
        });
    }

    private NewPlayer Checked(NewPlayer p)
    {
        if (!Handle.IsValid(p.Handle))
        {
            throw new GameDataException($"\"{p.Handle}\" is not a valid handle: start with a lower-case letter, then up to 23 lower-case letters, digits or dashes.");
        }

        if (DisplayName.Problem(p.Name) is { } problem)
        {
            throw new GameDataException(problem);
        }

        if (p.TimeZone is { } given && string.IsNullOrWhiteSpace(given))
        {
            throw new GameDataException("A time zone cannot be empty: give one like Europe/Berlin, or none for this machine's.");
        }

        string zone = p.TimeZone?.Trim() ?? TimeZones.MachineDefault();
        TimeZones.Find(zone);
        int hour = p.DayStart ?? catalog.Rules.DefaultDayStartHour;
        return Player.IsValidDayStart(hour)
            ? p with { Name = p.Name.Trim(), TimeZone = zone, DayStart = hour }
            : throw new GameDataException($"The day-start hour must be from 0 to 23, not {hour}.");
    }

    public IReadOnlyList<PlayerListing> Players() => database.Read(store =>
        (IReadOnlyList<PlayerListing>)[.. store.Players.All().Select(p => new PlayerListing(p, store.Players.PartnerOf(p)?.Handle))]);

    /// <summary>The player with this handle; an unknown handle is invalid data.</summary>
    public Player Find(string handle) => database.Read(store => Require(store, handle));

    public (Player A, Player B) Link(string a, string b) => database.Write(store =>
    {
        Player first = Require(store, a);
        Player second = Require(store, b);
        store.Players.Link(first, second, time.GetUtcNow());
        return (first, second);
    });

    public DateOnly Today(Player player) =>
        GameDays.Of(time.GetUtcNow(), TimeZones.Find(player.TimeZoneId), player.DayStartHour);

    /// <summary>The player's couple as of a day (default: their game day today), from the cached snapshot when one fits.</summary>
    public CoupleView Load(string handle, DateOnly? asOf = null)
    {
        (CoupleView view, FoldSnapshot? fresh, long version) = database.Read(store =>
        {
            (CoupleView v, FoldSnapshot? f) = Load(store, Require(store, handle), asOf, replayAll: false);
            return (v, f, store.DataVersion());
        });
        if (fresh is not null)
        {
            // Optional: a read-only or busy database just replays again next time.
            database.TryWrite(store =>
            {
                if (store.DataVersion() == version)
                {
                    store.FoldCache.Save(view.Me, view.Partner, catalog, fresh);
                }
            });
        }

        return view;
    }

    /// <summary>The couple replayed from the first session, with every day's summary (for history views).</summary>
    public CoupleView LoadFullHistory(string handle) =>
        database.Read(store => Load(store, Require(store, handle), null, replayAll: true).View);

    public QuestPlan Quest(string handle) => QuestFor(Load(handle));

    public QuestPlan QuestFor(CoupleView view) =>
        TodaysQuest.Plan(catalog, id => view.State.Me.Ladder(id)?.Suggested ?? 1, view.Today);

    /// <summary>Records one check-in in one transaction and says what it earned.</summary>
    public CheckInSummary CheckIn(string handle, CheckInRequest request) => database.Write(store =>
    {
        (CoupleView before, FoldSnapshot? fresh) = Load(store, Require(store, handle), null, replayAll: false);
        DateOnly day = request.Day ?? before.Today;
        if (BackfillWindow.Problem(day, before.Today, catalog.Rules.BackfillDays) is { } problem)
        {
            throw new GameDataException(problem);
        }

        Session session = NewSession(request, day, before);
        store.Sessions.Insert(before.Me, session);
        CoupleHistory history = before.History with { Me = before.History.Me.With(session) };
        Evaluation after = GameEngine.Evaluate(catalog, history, before.Today, before.Resumed, fresh?.ThroughDay);
        if (after.Captured is not null)
        {
            store.FoldCache.Save(before.Me, before.Partner, catalog, after.Captured);
        }

        return CheckInSummary.Between(before.State, after.State, session, catalog);
    });

    /// <summary>Minimum time between two nudges from the same player.</summary>
    public static readonly TimeSpan NudgeEvery = TimeSpan.FromMinutes(10);

    /// <summary>Sends the partner a nudge; returns who got it.</summary>
    public Player Nudge(string handle) => database.Write(store =>
    {
        Player me = Require(store, handle);
        Player partner = store.Players.PartnerOf(me)
            ?? throw new GameDataException($"{me.Handle} has no partner to nudge; link one with: strengthquest couple link {me.Handle} PARTNER.");
        DateTimeOffset now = time.GetUtcNow();
        if (store.Social.LastSentBy(me) is { } last && (now - last).Duration() < NudgeEvery)
        {
            throw new GameDataException($"You nudged {Core.Text.SafeText.Strip(partner.Name)} {Math.Max(0, (int)(now - last).TotalMinutes)} minutes ago; give them a moment.");
        }

        store.Social.Nudge(me, partner, now);
        return partner;
    });

    /// <summary>Marks the player as in the game right now (best effort: a busy database skips a beat).</summary>
    public void SeenNow(string handle) =>
        database.TryWrite(store => store.Social.SeenNow(Require(store, handle), time.GetUtcNow()));

    public void Left(string handle) =>
        database.TryWrite(store => store.Social.Left(Require(store, handle)));

    public void Backup(string target) => database.Backup(Path.GetFullPath(target));

    public ExportDocument Export() => database.Read(ExchangeStore.Export);

    /// <summary>Imports an export in one transaction: new players, couples and sessions; what is already here is skipped.</summary>
    public ImportReport Import(ExportDocument document, string source)
    {
        ImportCheck.Validate(document, catalog, source);
        return database.Write(store =>
        {
            IReadOnlyList<string> notes = new ImportHistoryCheck(store, document, catalog, source).Run(time.GetUtcNow());
            return ExchangeStore.Import(store, document) with { Notes = notes };
        });
    }

    private Session NewSession(CheckInRequest request, DateOnly day, CoupleView before)
    {
        DateTimeOffset now = time.GetUtcNow();
        string uid = Guid.CreateVersion7(now).ToString("N");
        if (request.Note is { } note && (Core.Text.SafeText.HasControl(note) || note.Length > 200))
        {
            throw new GameDataException("A note can be at most 200 characters, without control characters.");
        }

        if (request.Rest)
        {
            if (request.DefaultPain < catalog.Rules.RestDayMinPain)
            {
                throw new GameDataException(
                    $"A pain-rest day is for pain of {catalog.Rules.RestDayMinPain} or more; at {request.DefaultPain}, log what you managed instead — the pain guard will hold your level.");
            }

            return new Session(uid, day, now, day != before.Today, [], request.DefaultPain, request.Note);
        }

        List<Entry> entries = [.. request.Entries.Select(spec => Resolve(spec, request.DefaultPain, before))];
        return new Session(uid, day, now, day != before.Today, entries, null, request.Note);
    }

    private Entry Resolve(EntrySpec spec, int defaultPain, CoupleView before)
    {
        Ladder ladder = catalog.Find(spec.Ladder)
            ?? throw new GameDataException($"There is no ladder \"{spec.Ladder}\"; the ladders are {string.Join(", ", catalog.Ladders.Select(l => l.Id))}.");
        LadderState state = before.State.Me.Ladder(ladder.Id)!;
        int level = spec.Level ?? state.Suggested;
        if (!ladder.HasLevel(level))
        {
            throw new GameDataException($"{ladder.Name} has levels 1 to {ladder.TopLevel}; there is no level {level}.");
        }

        if (level > state.Unlocked)
        {
            throw new GameDataException(
                $"Level {level} of {ladder.Name} is locked for {before.Me.Handle}: level {state.Unlocked} is the highest open ({state.Qualifying} of {state.Needed} qualifying sessions toward the next).");
        }

        return new Entry(ladder.Id, level, spec.Sets, spec.Pain ?? defaultPain);
    }

    /// <summary>
    /// Evaluates the couple, resuming from the cached snapshot when it fits, and captures a new
    /// snapshot at the settled day when the cache is missing or behind.
    /// </summary>
    private (CoupleView View, FoldSnapshot? Fresh) Load(StoreContext store, Player me, DateOnly? asOf, bool replayAll)
    {
        Player? partner = store.Players.PartnerOf(me);
        DateOnly today = Today(me);
        DateOnly target = asOf ?? today;
        DateOnly settled = SettledDay(today);
        FoldSnapshot? cached = replayAll || target <= settled ? null : store.FoldCache.Find(me, partner, catalog);
        if (cached is not null && cached.ThroughDay >= target)
        {
            cached = null;
        }

        IReadOnlyDictionary<long, List<Session>> sessions = store.Sessions.For(me, partner, cached?.ThroughDay);
        CoupleHistory history = new(
            new PlayerHistory(me, sessions[me.Id]),
            partner is null ? null : new PlayerHistory(partner, sessions[partner.Id]));
        DateOnly? capture = !replayAll && target > settled && (cached is null || cached.ThroughDay < settled) ? settled : null;
        Evaluation evaluation = GameEngine.Evaluate(catalog, history, target, cached, capture);
        CoupleSocial social = new(store.Social.LatestTo(me), partner is null ? null : store.Social.SeenAt(partner));
        return (new CoupleView(me, partner, history, evaluation.State, today, cached) { Social = social }, evaluation.Captured);
    }

    /// <summary>
    /// The last day no ordinary check-in can change any more: beyond the backfill window, with a
    /// day's margin each way for partners in other time zones.
    /// </summary>
    private DateOnly SettledDay(DateOnly today) => today.AddDays(-(catalog.Rules.BackfillDays + 2));

    private static Player Require(StoreContext store, string handle) =>
        store.Players.Find(handle) ?? throw new GameDataException($"There is no player \"{handle}\"; add one with: strengthquest player add {(Handle.IsValid(handle) ? handle : "HANDLE")} --name NAME.");
}
