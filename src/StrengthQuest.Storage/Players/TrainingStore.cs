using Dapper;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Players;

/// <summary>Each player's training week: plans, the reminder, and the last weekly recap shown.</summary>
public sealed class TrainingStore
{
    private readonly StoreContext _context;

    internal TrainingStore(StoreContext context) => _context = context;

    /// <summary>The player's plans, oldest first.</summary>
    public IReadOnlyList<PlanChange> Plans(Player player) => Plans(player, null)[player.Id];

    /// <summary>The plans of a player and their partner in one query, by player id.</summary>
    public IReadOnlyDictionary<long, List<PlanChange>> Plans(Player first, Player? second) =>
        ByPlayer.Group(
            _context.Connection.Query<PlanRow>(
                "SELECT player_id AS PlayerId, from_day AS FromDay, days AS Days FROM plans WHERE player_id IN (@first, @second) ORDER BY player_id, from_day",
                new { first = first.Id, second = second?.Id ?? -1 },
                _context.Transaction),
            first.Id,
            second?.Id,
            r => r.PlayerId,
            r => TrainingPlan.Parse(r.Days, out _) is { } plan ? new PlanChange(Timestamps.ParseDay(r.FromDay), plan) : null);

    /// <summary>Puts a plan in effect from a game day on, replacing any change from that day or later.</summary>
    public void SetPlan(Player player, DateOnly from, TrainingPlan plan)
    {
        var args = new { id = player.Id, from = Timestamps.Format(from), days = plan.ToString() };
        _context.Connection.Execute("DELETE FROM plans WHERE player_id = @id AND from_day >= @from", args, _context.Transaction);
        _context.Connection.Execute("INSERT INTO plans (player_id, from_day, days) VALUES (@id, @from, @days)", args, _context.Transaction);
    }

    public Reminder Reminder(Player player)
    {
        ReminderRow? row = _context.Connection.QueryFirstOrDefault<ReminderRow>(
            "SELECT remind_at AS At, notify_to AS NotifyTo FROM players WHERE id = @id", new { id = player.Id }, _context.Transaction);
        return row is null ? Core.Players.Reminder.None : ToReminder(row);
    }

    public void SetReminder(Player player, Reminder reminder) =>
        _context.Connection.Execute(
            "UPDATE players SET remind_at = @at, notify_to = @to WHERE id = @id",
            new { id = player.Id, at = reminder.AtText, to = reminder.NotifyTo },
            _context.Transaction);

    /// <summary>The ISO week of the last weekly recap the player was shown (e.g. 2026-W48).</summary>
    public string? RecapSeen(Player player) =>
        _context.Connection.ExecuteScalar<string?>("SELECT recap_seen FROM players WHERE id = @id", new { id = player.Id }, _context.Transaction);

    public void SetRecapSeen(Player player, string week) =>
        _context.Connection.Execute(
            _context.OnPostgres
                ? "UPDATE players SET recap_seen = @week WHERE id = @id AND recap_seen IS DISTINCT FROM @week"
                : "UPDATE players SET recap_seen = @week WHERE id = @id AND recap_seen IS NOT @week",
            new { id = player.Id, week }, _context.Transaction);

    private static Reminder ToReminder(ReminderRow row) =>
        new(Core.Players.Reminder.TryParseTime(row.At, out TimeOnly? at, out _) ? at : null, row.NotifyTo);

    internal sealed class PlanRow
    {
        public long PlayerId { get; set; }

        public string FromDay { get; set; } = "";

        public string Days { get; set; } = "";
    }

    internal sealed class ReminderRow
    {
        public string? At { get; set; }

        public string? NotifyTo { get; set; }
    }
}
