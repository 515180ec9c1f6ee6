using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;
using static StrengthQuest.Services.ImportCheck;

namespace StrengthQuest.Services;

/// <summary>
/// Checks an export against what is already here, inside the import's transaction: who is who, who
/// is linked with whom, and that each of its sessions could have been recorded as it says — not for
/// a game day after the one it was recorded on, and at no level that the player's history (the
/// file's sessions, and theirs here that the file does not have) had not unlocked by then.
/// </summary>
internal sealed class ImportHistoryCheck(StoreContext store, ExportDocument document, GameCatalog catalog, string source)
{
    /// <summary>How far a recording time may run ahead of this machine's clock (another machine's clock may be off).</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromDays(1);

    private readonly Dictionary<string, Player> _players = [];
    private readonly Dictionary<string, ExportPlayer> _inFile = document.Players.ToDictionary(p => p.Handle);

    /// <summary>Throws at the first fault; returns what to report: players already here under another name, zone or day start.</summary>
    public IReadOnlyList<string> Run(DateTimeOffset now)
    {
        List<string> notes = [];
        foreach (ExportPlayer p in document.Players)
        {
            if (store.Players.Find(p.Handle) is { } here && Difference(here, p) is { } note)
            {
                notes.Add(note);
            }
        }

        foreach (ExportCouple c in document.Couples)
        {
            CheckLink(Resolve(c.A), Resolve(c.B));
            CheckLink(Resolve(c.B), Resolve(c.A));
        }

        foreach (IGrouping<string, ExportSession> sessions in document.Sessions.GroupBy(s => s.Player))
        {
            CheckSessions(Resolve(sessions.Key), [.. sessions], now);
        }

        return notes;
    }

    private Player Resolve(string handle)
    {
        if (!_players.TryGetValue(handle, out Player? player))
        {
            player = store.Players.Find(handle)
                ?? (_inFile.TryGetValue(handle, out ExportPlayer? p) ? new Player(0, p.Handle, p.Name, p.TimeZone, p.DayStartHour) : null)
                ?? throw Fault(source, $"it refers to player \"{handle}\", who is neither in the file nor here");
            _players[handle] = player;
        }

        return player;
    }

    private void CheckLink(Player player, Player partner)
    {
        if (player.Id != 0 && store.Players.PartnerOf(player) is { } current && current.Handle != partner.Handle)
        {
            throw Fault(source, $"it links {player.Handle} with {partner.Handle}, but {player.Handle} is linked with {current.Handle} here");
        }
    }

    private void CheckSessions(Player player, List<ExportSession> sessions, DateTimeOffset now)
    {
        // The file's zone and day start are the ones its sessions were recorded under.
        (string zoneId, int dayStart) = _inFile.TryGetValue(player.Handle, out ExportPlayer? p) ? (p.TimeZone, p.DayStartHour) : (player.TimeZoneId, player.DayStartHour);
        TimeZoneInfo zone = TimeZones.Find(zoneId);
        Dictionary<ExportSession, DateOnly> recordedOn = [];
        foreach (ExportSession s in sessions)
        {
            DateTimeOffset recordedAt = Timestamps.ParseInstant(s.RecordedAt);
            if (recordedAt > now + ClockSlack)
            {
                throw Fault(source, $"session \"{s.Uid}\" was recorded at {s.RecordedAt}, which has not happened yet");
            }

            DateOnly recorded = GameDays.Of(recordedAt, zone, dayStart);
            if (Timestamps.ParseDay(s.Day) > recorded)
            {
                throw Fault(source, $"session \"{s.Uid}\" is for {s.Day}, in the future of when it was recorded (game day {Timestamps.Format(recorded)} for {player.Handle})");
            }

            recordedOn[s] = recorded;
        }

        CheckLevels(player, sessions, recordedOn);
    }

    /// <summary>Replays the player's whole history: no entry in the file may be above the level open on the day it was recorded.</summary>
    private void CheckLevels(Player player, List<ExportSession> sessions, Dictionary<ExportSession, DateOnly> recordedOn)
    {
        if (!sessions.Any(s => s.Entries.Any(e => e.Level > 1)))
        {
            return;
        }

        HashSet<string> inFile = [.. sessions.Select(s => s.Uid)];
        IEnumerable<Session> hereOnly = player.Id == 0 ? [] : store.Sessions.For(player)[player.Id].Where(s => !inFile.Contains(s.Uid));
        List<Session> all = [.. hereOnly, .. sessions.Select(ExchangeStore.ToSession)];
        DateOnly asOf = all.Select(s => s.Day).Concat(recordedOn.Values).Max();
        CoupleHistory history = new(PlayerHistory.Ordered(player, all), null);
        CoupleTimeline timeline = GameEngine.Timeline(catalog, history, AsOf.Day(asOf, history));
        List<LadderEvent> unlocks = [.. timeline.MyEvents.Where(e => e.Kind == LadderEventKind.Unlocked)];
        foreach (ExportSession s in sessions)
        {
            foreach (ExportEntry e in s.Entries.Where(e => e.Level > 1))
            {
                int open = unlocks.Where(u => u.Ladder == e.Ladder && u.Day <= recordedOn[s]).Select(u => u.Level).DefaultIfEmpty(1).Max();
                if (e.Level > open)
                {
                    throw Fault(
                        source,
                        $"session \"{s.Uid}\" has {catalog.Find(e.Ladder)!.Name} at level {e.Level}, which {player.Handle}'s history had not unlocked by {Timestamps.Format(recordedOn[s])} (level {open} was the highest open)");
                }
            }
        }
    }

    private static string? Difference(Player here, ExportPlayer file) =>
        here.Name == file.Name && here.TimeZoneId == file.TimeZone && here.DayStartHour == file.DayStartHour
            ? null
            : $"{here.Handle} is already here as {Show(here.Name)} ({here.TimeZoneId}, day starts {here.DayStartHour:00}:00); "
              + $"the file has {Show(file.Name)} ({file.TimeZone}, {file.DayStartHour:00}:00). The player here was kept; their new sessions were added to it.";
}
