using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Json;

/// <summary>Builds the JSON views from the game state. Names pass through SafeText like everything shown.</summary>
internal static class JsonViews
{
    /// <summary>The whole of <c>status --json</c>: the player's state and their couple's place on the board.</summary>
    public static StatusJson FullStatus(GameService game, CoupleView view) => Status(view, game.Catalog) with
    {
        Board = game.BoardPlace(view.Me.Handle) is { } place ? new BoardPlaceJson(place.Rank, place.Couples) : null,
    };

    public static StatusJson Status(CoupleView view, GameCatalog catalog)
    {
        PlayerState me = view.State.Me;
        return new StatusJson(
            view.Me.Handle,
            Strip(view.Me.Name),
            Timestamps.Format(view.AsOf),
            view.Me.TimeZoneId,
            view.Me.DayStartHour,
            me.Level.Level,
            me.TotalXp,
            me.Level.XpIntoLevel,
            me.Level.XpForNextLevel,
            me.CheckedInToday,
            Streak(me.Streak),
            view.State.Coop is { } coop && view.Partner is { } partner
                ? new CoopJson(partner.Handle, Strip(partner.Name), coop.Current, coop.Longest, coop.Freezes, coop.MeToday, coop.PartnerToday)
                : null,
            view.State.Duel is { } duel
                ? new DuelJson(duel.ThisWeek.Week, duel.ThisWeek.MyXp, duel.ThisWeek.PartnerXp, duel.MyCrowns, duel.PartnerCrowns)
                : null,
            [
                .. me.Ladders.Select(l => new LadderJson(
                    l.Id, l.Name, l.TopLevel, l.Unlocked, l.Suggested, l.Qualifying, l.Needed, l.CoolingDown, l.Holding, l.PainRising)),
            ],
            [.. me.Achievements.Select(Achievement)],
            [.. me.Ladders.SelectMany(l => PainAdvice.ForLadder(l, catalog))],
            me.Plan.Names,
            me.TodayIsTrainingDay,
            view.State.Boss is { } boss && view.Partner is not null ? new BossJson(boss.Week, boss.Boss.Name, boss.Hp, boss.Damage, boss.Beaten) : null);
    }

    public static QuestJson Quest(QuestPlan plan, string handle) => new(
        handle,
        Timestamps.Format(plan.Day),
        plan.Minutes,
        [
            .. plan.Items.Select(i => new QuestItemJson(
                i.Ladder.Id,
                i.Ladder.Name,
                i.Level.Number,
                i.Level.Name,
                i.Level.Measure.ToString().ToLowerInvariant(),
                i.Level.Sets,
                i.Level.Amount,
                i.Level.Target,
                QuestEstimate.Minutes(i.Seconds),
                i.WarmUp,
                i.Level.Cues,
                i.Ladder.Safety)),
        ]);

    public static SessionJson Session(Session s) => new(
        s.Uid,
        Timestamps.Format(s.RecordedAt),
        s.Backfilled,
        s.IsRest,
        s.RestPain,
        s.Note is null ? null : Strip(s.Note),
        [.. s.Entries.Select(e => new EntryJson(e.Ladder, e.Level, e.Pain, [.. e.Sets.Select(x => new SetJson(x.Amount, x.LoadKg))]))]);

    public static CheckInJson CheckIn(CheckInSummary summary, string handle) => new(
        handle,
        summary.Session.Uid,
        Timestamps.Format(summary.Session.Day),
        summary.Session.Backfilled,
        summary.Session.IsRest,
        summary.XpEarned,
        summary.Earned.Base,
        summary.Earned.StreakBonus,
        summary.Earned.CoopBonus,
        summary.LevelAfter,
        summary.LeveledUp,
        [.. summary.Unlocks.Select(u => $"{u.Ladder}:{u.Level}")],
        [.. summary.Records.Select(r => $"{r.Ladder}:{r.Level} {r.What} {r.Now}")],
        [.. summary.Achievements.Select(Achievement)],
        summary.PainAdvice,
        Streak(summary.After.Me.Streak));

    public static CorrectionJson Correction(CorrectionSummary s, string handle) => new(
        handle,
        s.IsDelete ? "deleted" : "edited",
        s.Removed.Uid,
        Timestamps.Format(s.Removed.Day),
        s.Replacement is { } now ? Session(now) : null,
        s.Before.Me.TotalXp,
        s.After.Me.TotalXp,
        s.XpChange,
        s.Before.Me.Level.Level,
        s.After.Me.Level.Level,
        Streak(s.Before.Me.Streak),
        Streak(s.After.Me.Streak),
        s.Before.Coop?.Current,
        s.After.Coop?.Current,
        [.. s.Unlocked.Select(u => $"{u.Ladder}:{u.Level}")],
        [.. s.Relocked.Select(u => $"{u.Ladder}:{u.Level}")],
        [.. s.Earned.Select(Achievement)],
        [.. s.Lost.Select(Achievement)]);

    /// <summary>A settings change and the training week as it now stands (the plan last set, and from which game day when it was just changed).</summary>
    public static PlayerChangeJson PlayerChange(SettingsChange change, Core.Players.TrainingPlan plan, Core.Players.Reminder reminder)
    {
        PlayerChange c = change.Player;
        DateOnly? planFrom = change.Training?.PlanFrom is { } from ? (from == DateOnly.MinValue ? c.DayAfter : from) : null;
        return new(
            c.After.Handle,
            Strip(c.After.Name),
            c.After.TimeZoneId,
            c.After.DayStartHour,
            Timestamps.Format(c.DayBefore),
            Timestamps.Format(c.DayAfter),
            [.. c.Skipped.Select(d => Timestamps.Format(d))],
            plan.Names,
            planFrom is { } day ? Timestamps.Format(day) : null,
            reminder.AtText,
            reminder.NotifyTo is { } to ? Strip(to) : null);
    }

    public static StreakJson Streak(StreakState s) => new(s.Current, s.Longest, s.Freezes);

    private static AchievementJson Achievement(Core.Rules.Achievements.EarnedAchievement a) =>
        new(a.Id, a.Title, Timestamps.Format(a.Day));
}
