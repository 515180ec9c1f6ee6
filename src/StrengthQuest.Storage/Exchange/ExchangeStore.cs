using Dapper;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Players;

namespace StrengthQuest.Storage.Exchange;

/// <summary>What an import added, what it found already here, and what it has to tell about that.</summary>
public sealed record ImportReport(int PlayersAdded, int CouplesLinked, int SessionsAdded, int SessionsAlreadyHere)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Export of the whole database, and import of an export in one transaction.</summary>
public static class ExchangeStore
{
    public static ExportDocument Export(StoreContext store)
    {
        ExportDocument document = new();
        foreach (Player player in store.Players.All())
        {
            document.Players.Add(new ExportPlayer(player.Handle, player.Name, player.TimeZoneId, player.DayStartHour, Timestamps.Format(store.Players.CreatedAt(player))));
            document.EarlierClocks.AddRange(store.Players.EarlierClocks(player).Select(c => new ExportClock(player.Handle, Timestamps.Format(c.Until), c.TimeZoneId, c.DayStartHour)));
            foreach (Session s in store.Sessions.For(player)[player.Id])
            {
                document.Sessions.Add(new ExportSession(
                    s.Uid,
                    player.Handle,
                    Timestamps.Format(s.Day),
                    Timestamps.Format(s.RecordedAt),
                    s.Backfilled,
                    s.RestPain,
                    s.Note,
                    [.. s.Entries.Select(e => new ExportEntry(e.Ladder, e.Level, e.Pain, [.. e.Sets.Select(x => new ExportSet(x.Amount, x.LoadKg))]))]));
            }
        }

        document.Couples.AddRange(store.Players.Couples().Select(c => new ExportCouple(c.A, c.B, c.LinkedAt)));
        return document;
    }

    /// <summary>Adds what is new: players by handle, couples, sessions by uid. The document must already be validated.</summary>
    public static ImportReport Import(StoreContext store, ExportDocument document)
    {
        int playersAdded = 0;
        foreach (ExportPlayer p in document.Players)
        {
            if (store.Players.Find(p.Handle) is null)
            {
                store.Players.Add(p.Handle, p.Name, p.TimeZone, p.DayStartHour, Timestamps.ParseInstant(p.CreatedAt));
                playersAdded++;
            }
        }

        foreach (ExportClock c in document.EarlierClocks)
        {
            store.Players.AddEarlierClock(store.Players.Find(c.Player)!, new ClockSetting(Timestamps.ParseInstant(c.Until), c.TimeZone, c.DayStartHour));
        }

        int couplesLinked = 0;
        foreach (ExportCouple c in document.Couples)
        {
            Player a = store.Players.Find(c.A)!;
            Player b = store.Players.Find(c.B)!;
            if (store.Players.PartnerOf(a)?.Id != b.Id)
            {
                store.Players.Link(a, b, Timestamps.ParseInstant(c.LinkedAt));
                couplesLinked++;
            }
        }

        int added = 0;
        int skipped = 0;
        Dictionary<string, Player> players = [];
        foreach (ExportSession s in document.Sessions)
        {
            if (store.Sessions.Exists(s.Uid))
            {
                skipped++;
                continue;
            }

            if (!players.TryGetValue(s.Player, out Player? player))
            {
                players[s.Player] = player = store.Players.Find(s.Player)!;
            }

            store.Sessions.Insert(player, ToSession(s));
            added++;
        }

        if (added > 0)
        {
            store.AfterBulkLoad();
        }

        return new ImportReport(playersAdded, couplesLinked, added, skipped);
    }

    public static Session ToSession(ExportSession s) => new(
        s.Uid,
        Timestamps.ParseDay(s.Day),
        Timestamps.ParseInstant(s.RecordedAt),
        s.Backfilled,
        [.. s.Entries.Select(e => new Entry(e.Ladder, e.Level, [.. e.Sets.Select(x => new SetDone(x.Amount, x.LoadKg))], e.Pain))],
        s.RestPain,
        s.Note);
}
