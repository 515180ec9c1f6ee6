using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Social;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Social;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Services;

/// <summary>One message for the host's notify command: to whom, what kind, and the key it is sent once for.</summary>
public sealed record Notice(Player To, string Kind, string Key, string Message, string? Address);

/// <summary>
/// Reminders and nudges that reach a player outside the game, through a command of the host's. Each
/// is sent once: the run that decides a notice is due records it in the same transaction, and a
/// notice whose command fails is released again so the next run retries it.
/// </summary>
public sealed class NotifyService(GameDatabase database, GameCatalog catalog, TimeProvider time)
{
    /// <summary>What is due now and not sent yet (for --dry-run: nothing is recorded).</summary>
    public IReadOnlyList<Notice> Due() => database.Read(Find);

    /// <summary>What is due now, recorded as sent in the same transaction that decided it.</summary>
    public IReadOnlyList<Notice> ClaimDue() => database.Write(store =>
    {
        IReadOnlyList<Notice> due = Find(store);
        foreach (Notice notice in due)
        {
            store.Notifications.Claim(notice.To, notice.Kind, notice.Key, time.GetUtcNow());
        }

        return due;
    });

    /// <summary>The command failed: forget the notice so that the next run sends it again.</summary>
    public void Release(Notice notice) =>
        database.Write(store =>
        {
            store.Notifications.Release(notice.To, notice.Kind, notice.Key);
            return 0;
        });

    private IReadOnlyList<Notice> Find(StoreContext store)
    {
        DateTimeOffset now = time.GetUtcNow();
        List<Notice> due = [];
        foreach (Player player in store.Players.All())
        {
            GameClock clock = GameService.ClockOf(store, player);
            DateOnly today = clock.DayOf(now);
            bool checkedIn = store.Sessions.HasCheckIn(player, today);
            Reminder reminder = store.Training.Reminder(player);
            string name = Strip(player.Name);
            string day = Timestamps.Format(today);
            bool training = new Core.History.PlayerHistory(player, []) { Plans = store.Training.Plans(player) }
                .PlanOn(today, catalog.DefaultPlan).IsTrainingDay(today);
            if (Notices.ReminderDue(reminder, now, clock, training, checkedIn) && !store.Notifications.WasSent(player, Notices.ReminderKind, day))
            {
                due.Add(new Notice(player, Notices.ReminderKind, day, $"Time to train, {name}: today is a training day and you have not checked in yet.", reminder.NotifyTo));
            }

            if (store.Social.LatestTo(player) is { } nudge
                && Notices.NudgeDue(Nudges.Shows(nudge.SentAt, now, checkedIn, catalog.Rules), nudge.SeenAt is not null, store.Social.SeenAt(player) is not null)
                && !store.Notifications.WasSent(player, Notices.NudgeKind, $"{nudge.Id}"))
            {
                string from = store.Players.Find(nudge.From) is { } sender ? Strip(sender.Name) : nudge.From;
                due.Add(new Notice(player, Notices.NudgeKind, $"{nudge.Id}", $"{from} nudged you: the co-op streak needs you today.", reminder.NotifyTo));
            }
        }

        return due;
    }
}
