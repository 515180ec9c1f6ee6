using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;

namespace StrengthQuest.Services;

/// <summary>Checks an export file against the game's rules before anything is imported; the first fault is the error.</summary>
internal static class ImportCheck
{
    public static void Validate(ExportDocument document, GameCatalog catalog, string source)
    {
        if (document.Format != ExportDocument.FormatName || document.Version is < 1 or > ExportDocument.CurrentVersion)
        {
            throw Fault(source, $"it is not a version {ExportDocument.CurrentVersion} StrengthQuest export");
        }

        foreach (ExportPlayer p in document.Players)
        {
            if (!Handle.IsValid(p.Handle) || DisplayName.Problem(p.Name) is not null || !TimeZones.TryFind(p.TimeZone, out _)
                || !Player.IsValidDayStart(p.DayStartHour) || !Instant(p.CreatedAt))
            {
                throw Fault(source, $"player \"{p.Handle}\" has an invalid handle, name, time zone, day start or creation time");
            }
        }

        foreach (ExportClock c in document.EarlierClocks)
        {
            if (!TimeZones.TryFind(c.TimeZone, out _) || !Player.IsValidDayStart(c.DayStartHour) || !Instant(c.Until))
            {
                throw Fault(source, $"an earlier clock of \"{c.Player}\" has an invalid time zone, day start or end time");
            }
        }

        foreach (ExportCouple c in document.Couples)
        {
            if (c.A == c.B || !Instant(c.LinkedAt))
            {
                throw Fault(source, $"the couple {c.A} and {c.B} is not two players with a link time");
            }
        }

        foreach (ExportSession s in document.Sessions)
        {
            if (SessionProblem(s, catalog) is { } problem)
            {
                throw Fault(source, $"session {s.Uid} {problem}");
            }
        }
    }

    private static string? SessionProblem(ExportSession s, GameCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(s.Uid) || s.Uid.Length > 64 || !Timestamps.TryParseDay(s.Day, out _) || !Instant(s.RecordedAt))
        {
            return "has no uid, day or recording time";
        }

        if (s.Note is { } note && (Core.Text.SafeText.HasControl(note) || note.Length > 200))
        {
            return "has a note with control characters or over 200 characters";
        }

        if (s.Entries.Count == 0)
        {
            return s.RestPain is { } pain && Entry.IsValidPain(pain) ? null : "has no entries and no rest pain";
        }

        foreach (ExportEntry e in s.Entries)
        {
            if (catalog.Find(e.Ladder) is not { } ladder || !ladder.HasLevel(e.Level))
            {
                return $"names {e.Ladder} level {e.Level}, which the catalog does not have";
            }

            if (!Entry.IsValidPain(e.Pain) || e.Sets.Count == 0
                || e.Sets.Any(x => x.Amount is < 1 or > SetList.MaxAmount || x.LoadKg is < 0 or > SetList.MaxLoadKg))
            {
                return $"has an invalid {e.Ladder} entry (pain 0–10 and at least one set above 0 expected)";
            }
        }

        return null;
    }

    private static bool Instant(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _);

    private static GameDataException Fault(string source, string fault) => new($"{source} cannot be imported: {fault}; nothing was imported.");
}
