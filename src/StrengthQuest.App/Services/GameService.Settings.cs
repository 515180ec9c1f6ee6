using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Storage;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Services;

/// <summary>A player's settings changed: who they were and are, and what it did to their game day.</summary>
public sealed record PlayerChange(Player Before, Player After, DateOnly DayBefore, DateOnly DayAfter, IReadOnlyList<DateOnly> Skipped)
{
    public bool ClockChanged => Before.TimeZoneId != After.TimeZoneId || Before.DayStartHour != After.DayStartHour;
}

/// <summary>What to change of a player's settings; null leaves each as it is (an empty notify address clears it).</summary>
public sealed record SettingsRequest(string? Name, string? TimeZone, int? DayStart, TrainingPlan? Plan = null, Reminder? Reminder = null, string? NotifyTo = null)
{
    public bool ChangesTraining => Plan is not null || Reminder is not null || NotifyTo is not null;
}

/// <summary>What a settings change did: to the player and their clock, and to their training week (null when not asked).</summary>
public sealed record SettingsChange(PlayerChange Player, TrainingChange? Training, SettingsRequest Asked);

/// <summary>Settings and the couple's shape: a player's name, zone and day start; unlinking; removing a player.</summary>
public sealed partial class GameService
{
    /// <summary>
    /// <c>player set</c> and the settings screen, whole, in one transaction: name, zone and day start
    /// — travel as GAME.md says: recorded sessions keep their day, the day the player is on never goes
    /// back, and days the change jumps over bridge the streaks — and the training plan, reminder and
    /// notify address (<see cref="SetTraining(string, TrainingPlan?, Reminder?, string?)"/>); null leaves each as it is.
    /// </summary>
    public SettingsChange ChangePlayer(string handle, SettingsRequest asked)
    {
        string? zone = CheckedSettings(asked.Name, asked.TimeZone, asked.DayStart);
        return Database.Write(store =>
        {
            PlayerChange player = SetPlayer(store, handle, asked.Name, zone, asked.DayStart);
            TrainingChange? training = asked.ChangesTraining ? SetTraining(store, handle, asked.Plan, asked.Reminder, asked.NotifyTo) : null;
            return new SettingsChange(player, training, asked);
        });
    }

    /// <summary>Checks the name, zone and day start given; returns the zone trimmed.</summary>
    private static string? CheckedSettings(string? name, string? timeZone, int? dayStart)
    {
        if (name is not null && DisplayName.Problem(name) is { } nameProblem)
        {
            throw new GameDataException(nameProblem);
        }

        if (dayStart is { } hour && !Player.IsValidDayStart(hour))
        {
            throw new GameDataException($"The day-start hour must be from 0 to {Player.MaxDayStartHour}, not {hour}.");
        }

        string? zone = timeZone?.Trim();
        if (zone is not null)
        {
            TimeZones.Find(zone);
        }

        return zone;
    }

    private PlayerChange SetPlayer(StoreContext store, string handle, string? name, string? zone, int? dayStart)
    {
        DateTimeOffset now = Time.GetUtcNow();
        Player before = Require(store, handle);
        GameClock was = ClockOf(store, before);
        Player after = store.Players.Update(before, name?.Trim() ?? before.Name, zone ?? before.TimeZoneId, dayStart ?? before.DayStartHour, now);
        GameClock clock = ClockOf(store, after);
        DateOnly dayBefore = was.DayOf(now);
        if (after.TimeZoneId != before.TimeZoneId || after.DayStartHour != before.DayStartHour)
        {
            // Snapshots are rebuilt from the history, whose days do not move: dropping them is only prudence.
            store.FoldCache.Forget(after);
        }

        return new PlayerChange(before, after, dayBefore, clock.DayOf(now), [.. clock.SkippedDays().Where(d => d > dayBefore)]);
    }

    /// <summary>Ends the player's couple; both keep all their history. Returns the former partner.</summary>
    public Player Unlink(string handle) => Database.Write(store =>
    {
        (Player me, Player? maybePartner) = RequireCouple(store, handle);
        Player partner = maybePartner ?? throw new GameDataException($"{me.Handle} has no partner to unlink.");
        store.Players.Unlink(me);
        store.FoldCache.Forget(me);
        store.FoldCache.Forget(partner);
        return partner;
    });

    /// <summary>
    /// Deletes a player who has no partner, with all their sessions, after writing a backup of the
    /// whole database next to it. Returns where the backup is.
    /// </summary>
    public string RemovePlayer(string handle)
    {
        Player player = Database.Read(store =>
        {
            (Player p, Player? partner) = RequireCouple(store, handle);
            return partner is not null
                ? throw new GameDataException($"{p.Handle} is linked with {partner.Handle}; unlink them first: strengthquest couple unlink {p.Handle} --yes.")
                : p;
        });
        if (!Database.CanBackUp)
        {
            throw new StorageException("Removing a player writes a backup first, and on PostgreSQL that takes pg_dump, which is not on PATH (install the PostgreSQL client tools); nothing was removed.");
        }

        string backup = BackupPathFor(player);
        Database.Backup(backup);
        Database.Write(store =>
        {
            store.Players.Remove(Require(store, player.Handle));
            return 0;
        });
        return backup;
    }

    /// <summary>
    /// Next to the database, named for the player and the moment; never an existing file. A game on
    /// PostgreSQL has no file to sit beside: its dump goes to the current folder (the command prints where).
    /// </summary>
    private string BackupPathFor(Player player)
    {
        string folder = Database.OnServer ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(Database.FilePath)) ?? ".";
        string name = new([.. Database.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        string stem = $"{name}-before-removing-{player.Handle}-{Time.GetUtcNow():yyyyMMdd-HHmmss}";
        string extension = Database.OnServer ? ".dump" : ".db";
        string path = Path.Combine(folder, stem + extension);
        for (int n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stem}-{n}{extension}");
        }

        return path;
    }
}
