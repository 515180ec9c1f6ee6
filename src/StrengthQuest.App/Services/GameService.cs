using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.CheckIns;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Core.Rules.Social;
using StrengthQuest.Hosting;
using StrengthQuest.Storage;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;
using StrengthQuest.Storage.Social;
using StrengthQuest.Storage.Players;

namespace StrengthQuest.Services;

/// <summary>
/// The game's use cases, shared by the CLI verbs and the screens: validated input goes in,
/// one transaction is written, and the state is derived again from history.
/// </summary>
public sealed partial class GameService(GameDatabase database, GameCatalog catalog, TimeProvider time)
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
            Player a = Add(store, first, now);
            if (second is null)
            {
                return (a, (Player?)null);
            }

            Player b = Add(store, second, now);
            store.Players.Link(a, b, now);
            return (a, b);
        });
    }

    private static Player Add(StoreContext store, NewPlayer p, DateTimeOffset now)
    {
        Player added = store.Players.Add(p.Handle, p.Name, p.TimeZone!, p.DayStart!.Value, now);
        if (p.Plan is { } plan)
        {
            store.Training.SetPlan(added, DateOnly.MinValue, plan);
        }

        return added;
    }

    /// <summary>The player's training days as last set (in effect from the next game day when changed today) and reminder.</summary>
    public (TrainingPlan Plan, Reminder Reminder) Training(string handle) => database.Read(store =>
    {
        Player me = Require(store, handle);
        return (store.Training.Plans(me) is [.., { } last] ? last.Plan : catalog.DefaultPlan, store.Training.Reminder(me));
    });

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
            : throw new GameDataException($"The day-start hour must be from 0 to {Player.MaxDayStartHour}, not {hour}.");
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

    /// <summary>
    /// How the player's instants become game days: their zone (resolved here) and day start, with
    /// the ones they used before (an earlier zone this machine no longer knows is left out).
    /// </summary>
    public static GameClock ClockOf(Player player, IEnumerable<ClockSetting> earlier) => new(TimeZones.Find(player.TimeZoneId), player.DayStartHour)
    {
        Earlier = [.. earlier.Select(e => TimeZones.TryFind(e.TimeZoneId, out TimeZoneInfo zone) ? new EarlierClock(e.Until, zone, e.DayStartHour) : null).OfType<EarlierClock>()],
    };

    internal static GameClock ClockOf(StoreContext store, Player player) => ClockOf(player, store.Players.EarlierClocks(player));

    public DateOnly Today(Player player) => database.Read(store => ClockOf(store, player).DayOf(time.GetUtcNow()));

    /// <summary>The player's couple now (or as of one of their game days), from the cached snapshot when one fits.</summary>
    public CoupleView Load(string handle, DateOnly? asOf = null)
    {
        (CoupleView view, FoldSnapshot? fresh, long version) = database.Read(store =>
        {
            (Player me, Player? partner) = RequireCouple(store, handle);
            Couple couple = Couple.Read(store, me, partner, time.GetUtcNow(), asOf, catalog, useCache: true);
            Evaluation evaluation = GameEngine.Evaluate(catalog, couple.History, couple.AsOf, couple.Cached, couple.CaptureDay);
            return (couple.View(store, evaluation.State, catalog), evaluation.Captured, store.Social.CoupleVersion(couple.Me));
        });
        if (fresh is not null)
        {
            // Optional: a read-only or busy database just replays again next time. Saved only when
            // nothing of the couple changed since the read (every change to it moves its counter);
            // other couples' writes — any write at all, on a busy PostgreSQL server — do not stop it.
            database.TryWrite(store =>
            {
                if (store.Social.CoupleVersion(view.Me) == version)
                {
                    store.FoldCache.Save(view.Me, view.Partner, catalog, fresh);
                }
            });
        }

        return view;
    }

    /// <summary>The couple replayed from the first session, with every day's summary (for history views).</summary>
    public HistoryView LoadFullHistory(string handle) => database.Read(store =>
    {
        (Player me, Player? partner) = RequireCouple(store, handle);
        Couple couple = Couple.Read(store, me, partner, time.GetUtcNow(), null, catalog, useCache: false);
        return new HistoryView(couple.Me, couple.Partner, couple.History, GameEngine.Timeline(catalog, couple.History, couple.AsOf), couple.Today);
    });

    public QuestPlan Quest(string handle) => QuestFor(Load(handle));

    /// <summary>Today's quest: the training quest on a planned training day, else the mobility flow.</summary>
    public QuestPlan QuestFor(CoupleView view) =>
        TodaysQuest.For(catalog, view.State.Me.TodayIsTrainingDay, id => view.State.Me.Ladder(id)?.Suggested ?? 1, view.Today);

    /// <summary>
    /// Changes the player's training plan, reminder time and/or notify address (null leaves each as
    /// it is), in one transaction. A new plan applies from the next game day — or at once for a
    /// player with nothing recorded yet, whose past it cannot change.
    /// </summary>
    public TrainingChange SetTraining(string handle, TrainingPlan? plan, Reminder? time, string? notifyTo) =>
        database.Write(store => SetTraining(store, handle, plan, time, notifyTo));

    private TrainingChange SetTraining(StoreContext store, string handle, TrainingPlan? plan, Reminder? time, string? notifyTo)
    {
        if (Reminder.NotifyToProblem(notifyTo) is { } problem)
        {
            throw new GameDataException(problem);
        }

        Player me = Require(store, handle);
        DateOnly? from = null;
        if (plan is not null)
        {
            from = store.Sessions.Latest(me, null, 1)[me.Id].Count == 0 ? DateOnly.MinValue : ClockOf(store, me).DayOf(Time.GetUtcNow()).AddDays(1);
            store.Training.SetPlan(me, from.Value, plan);
        }

        Reminder now = store.Training.Reminder(me);
        Reminder changed = new(time is null ? now.At : time.At, notifyTo is null ? now.NotifyTo : notifyTo.Length == 0 ? null : notifyTo);
        if (changed != now)
        {
            store.Training.SetReminder(me, changed);
        }

        return new TrainingChange(from, changed);
    }

    /// <summary>
    /// The weekly recap of the week holding <paramref name="day"/> — by default the player's last
    /// finished week (the one before their today's).
    /// </summary>
    public WeeklyRecap Recap(string handle, DateOnly? day = null)
    {
        HistoryView view = LoadFullHistory(handle);
        DateOnly thisMonday = IsoWeeks.Monday(view.Today);
        DateOnly monday = IsoWeeks.Monday(day ?? thisMonday.AddDays(-7));
        return monday > thisMonday
            ? throw new GameDataException($"{IsoWeeks.Label(monday)} has not started yet for {view.Me.Handle}; this week is {IsoWeeks.Label(thisMonday)}.")
            : WeeklyRecap.Of(view.Timeline, view.History, monday);
    }

    /// <summary>
    /// The recap to show by itself when the game opens: the player's last finished week, the first
    /// time they open the game after it (if either partner did anything that week). Marks it shown.
    /// </summary>
    public WeeklyRecap? RecapToShow(string handle)
    {
        WeeklyRecap recap = Recap(handle);
        if (recap.Me.Sessions == 0 && (recap.Partner?.Sessions ?? 0) == 0)
        {
            return null;
        }

        bool fresh = false;
        // Best effort: on a read-only or busy database the recap just shows again next time.
        database.TryWrite(store =>
        {
            Player me = Require(store, handle);
            fresh = store.Training.RecapSeen(me) != recap.Week;
            store.Training.SetRecapSeen(me, recap.Week);
        });
        return fresh ? recap : null;
    }

    /// <summary>The player's game showed the nudge (best effort): the notify command need not send it.</summary>
    public void NudgeSeen(long nudgeId) => database.TryWrite(store => store.Social.Seen(nudgeId, time.GetUtcNow()));

    public Reminder ReminderOf(string handle) => database.Read(store => store.Training.Reminder(Require(store, handle)));

    /// <summary>
    /// Records one check-in in one transaction and says what it earned. The couple is read and
    /// evaluated — once before (levels are checked against it) and once with the session, resuming
    /// where the first left off — without holding the write lock; the write then only checks that
    /// nothing of the couple changed meanwhile (else it decides again inside), inserts and commits.
    /// The new state comes back with the summary, so nothing needs loading again.
    /// </summary>
    public CheckInResult CheckIn(string handle, CheckInRequest request) =>
        Record(handle, request, (store, couple, summary) => new CheckInResult(summary, couple.View(store, summary.After, catalog)));

    /// <summary>The same check-in for a caller that shows only what it earned (the CLI's log): no view is read.</summary>
    public CheckInSummary Log(string handle, CheckInRequest request) =>
        Record(handle, request, (_, _, summary) => summary);

    private T Record<T>(string handle, CheckInRequest request, Func<StoreContext, Couple, CheckInSummary, T> result)
    {
        DateTimeOffset now = time.GetUtcNow();
        PreparedCheckIn prepared = database.Read(store => Prepare(store, handle, request, now));
        (string Uid, T Result)? decided = null;
        try
        {
            return Insert();
        }
        catch (StorageException lost) when (lost.CommitInDoubt && decided is { } made)
        {
            // The connection went while the server committed: ask it (on a new connection) whether
            // the session is there, so the player is told what happened and never logs it twice.
            bool saved;
            try
            {
                saved = database.Read(store => store.Sessions.Exists(made.Uid));
            }
            catch (StorageException)
            {
                throw lost;
            }

            return saved ? made.Result : throw new StorageException("The connection to the database was lost while saving the check-in; it was not saved, try again.", lost);
        }

        T Insert() => database.Write(store =>
        {
            PreparedCheckIn current = store.Social.CoupleVersion(prepared.Couple.Me) == prepared.Version ? prepared : Prepare(store, handle, request, now);
            CheckInEvaluation evaluation = current.Evaluation;
            store.Sessions.Insert(current.Couple.Me, evaluation.Summary.Session);
            if (request.FromDraft)
            {
                DropDraft(store, current.Couple.Me, request.DraftRevision);
            }

            if (evaluation.Captured is not null)
            {
                store.FoldCache.Save(current.Couple.Me, current.Couple.Partner, catalog, evaluation.Captured);
            }

            T made = result(store, current.Couple, evaluation.Summary);
            decided = (evaluation.Summary.Session.Uid, made);
            return made;
        });
    }

    /// <summary>A check-in decided and evaluated against the couple as it stood at <see cref="Version"/>.</summary>
    private sealed record PreparedCheckIn(Couple Couple, long Version, CheckInEvaluation Evaluation);

    private PreparedCheckIn Prepare(StoreContext store, string handle, CheckInRequest request, DateTimeOffset now)
    {
        (Player me, Player? partner) = RequireCouple(store, handle);
        long version = store.Social.CoupleVersion(me);
        Couple couple = Couple.Read(store, me, partner, now, null, catalog, useCache: true);
        DateTimeOffset started = request.StartedAt ?? now;
        if (started > now)
        {
            // A kept draft from a clock that ran ahead (another machine's, a corrected one) is today's.
            started = request.FromDraft ? now : throw new GameDataException("A check-in cannot start in the future.");
        }

        DateOnly startedOn = couple.History.Me.Clock.DayOf(started);
        DateOnly day = request.Day ?? startedOn;
        if (BackfillWindow.Problem(day, couple.AsOf.Me, catalog.Rules.BackfillDays) is { } problem)
        {
            throw new GameDataException(problem);
        }

        if (SessionNote.Problem(request.Note, catalog.Rules) is { } noteProblem)
        {
            throw new GameDataException(noteProblem);
        }

        if (request.Rest && PainRest.Problem(request.DefaultPain, day, couple.History.Me.Sessions, catalog.Rules) is { } restProblem)
        {
            throw new GameDataException(restProblem);
        }

        CheckInEvaluation evaluation = GameEngine.CheckIn(
            catalog,
            couple.History,
            couple.AsOf,
            before => NewSession(request, day, day != startedOn, Session.RecordedAfter(now, couple.History.Me.Sessions.Where(s => s.Day == day)), couple.Me, before),
            couple.Cached,
            couple.CaptureDay);
        return new PreparedCheckIn(couple, version, evaluation);
    }

    /// <summary>Sends the partner a nudge (the rule for when is Core's); returns who got it.</summary>
    public Player Nudge(string handle) => database.Write(store =>
    {
        (Player me, Player? maybePartner) = RequireCouple(store, handle);
        Player partner = maybePartner
            ?? throw new GameDataException($"{me.Handle} has no partner to nudge; link one with: strengthquest couple link {me.Handle} PARTNER.");
        DateTimeOffset now = time.GetUtcNow();
        bool partnerDone = store.Sessions.HasCheckIn(partner, ClockOf(store, partner).DayOf(now));
        if (Nudges.Problem(store.Social.LastSentBy(me), now, partnerDone, Core.Text.SafeText.Strip(partner.Name), catalog.Rules) is { } problem)
        {
            throw new GameDataException(problem);
        }

        store.Social.Nudge(me, partner, now);
        return partner;
    });

    /// <summary>
    /// Marks the player as in the game in this process until <see cref="Left"/> or the process ends
    /// (best effort: a database that cannot be written just shows nobody playing).
    /// </summary>
    public void Entered(string handle)
    {
        try
        {
            database.Write(store =>
            {
                store.Social.Enter(Require(store, handle), GameProcess.Current, time.GetUtcNow());
                return 0;
            });
        }
        catch (StorageException)
        {
        }
    }

    public void Left(string handle) =>
        database.TryWrite(store => store.Social.Leave(Require(store, handle), GameProcess.Current));

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

    private Session NewSession(CheckInRequest request, DateOnly day, bool backfilled, DateTimeOffset now, Player me, CoupleState before)
    {
        string uid = Guid.CreateVersion7(now).ToString("N");
        if (request.Rest)
        {
            return new Session(uid, day, now, backfilled, [], request.DefaultPain, request.Note);
        }

        List<Entry> entries = [.. request.Entries.Select(spec => Resolve(spec, request.DefaultPain, me, before))];
        return new Session(uid, day, now, backfilled, entries, null, request.Note);
    }

    private Entry Resolve(EntrySpec spec, int defaultPain, Player me, CoupleState before)
    {
        Ladder ladder = catalog.Find(spec.Ladder)
            ?? throw new GameDataException($"There is no ladder \"{spec.Ladder}\"; the ladders are {string.Join(", ", catalog.Ladders.Select(l => l.Id))}.");
        LadderState state = before.Me.Ladder(ladder.Id)!;
        int level = spec.Level ?? state.Suggested;
        if (!ladder.HasLevel(level))
        {
            throw new GameDataException($"{ladder.Name} has levels 1 to {ladder.TopLevel}; there is no level {level}.");
        }

        if (level > state.Unlocked)
        {
            throw new GameDataException(
                $"Level {level} of {ladder.Name} is locked for {me.Handle}: level {state.Unlocked} is the highest open ({state.Qualifying} of {state.Needed} qualifying sessions toward the next).");
        }

        return new Entry(ladder.Id, level, spec.Sets, spec.Pain ?? defaultPain);
    }

    private static Player Require(StoreContext store, string handle) => store.Players.Find(handle) ?? throw NoPlayer(handle);

    /// <summary>The player and their partner, if any (one read).</summary>
    private static (Player Me, Player? Partner) RequireCouple(StoreContext store, string handle) => store.Players.FindWithPartner(handle) ?? throw NoPlayer(handle);

    private static GameDataException NoPlayer(string handle) =>
        new($"There is no player \"{handle}\"; add one with: strengthquest player add {(Handle.IsValid(handle) ? handle : "HANDLE")} --name NAME.");
}
