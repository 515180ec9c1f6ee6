using System.Text.RegularExpressions;
using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;

namespace StrengthQuest.Services;

/// <summary>
/// Checks an export file on its own against the game's rules before anything is imported; the
/// first fault is the error, and names the player, couple or session it is in.
/// </summary>
internal static partial class ImportCheck
{
    /// <summary>No session predates this: a day long before the game existed is a broken file, and would make every replay crawl.</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    public static void Validate(ExportDocument document, GameCatalog catalog, string source)
    {
        if (document.Format != ExportDocument.FormatName || document.Version is < 1 or > ExportDocument.CurrentVersion)
        {
            throw Fault(source, $"it is not a version {ExportDocument.CurrentVersion} StrengthQuest export");
        }

        HashSet<string> handles = [];
        foreach (ExportPlayer p in document.Players)
        {
            if (PlayerProblem(p) is { } problem)
            {
                throw Fault(source, $"player {Show(p.Handle)} {problem}");
            }

            if (!handles.Add(p.Handle))
            {
                throw Fault(source, $"player {Show(p.Handle)} is in it twice");
            }
        }

        HashSet<string> linked = [];
        foreach (ExportCouple c in document.Couples)
        {
            if (!Handle.IsValid(c.A) || !Handle.IsValid(c.B) || c.A == c.B || !Instant(c.LinkedAt))
            {
                throw Fault(source, $"the couple {Show(c.A)} and {Show(c.B)} is not two players with a link time");
            }

            foreach (string handle in new[] { c.A, c.B })
            {
                if (!linked.Add(handle))
                {
                    throw Fault(source, $"{handle} is in two of its couples; a player is in at most one");
                }
            }
        }

        HashSet<string> uids = new(StringComparer.Ordinal);
        foreach ((ExportSession s, int number) in document.Sessions.Select((s, i) => (s, i + 1)))
        {
            if (!UidPattern().IsMatch(s.Uid))
            {
                throw Fault(source, $"session number {number} has a uid that is not 1 to 64 letters, digits, dots, dashes, colons or underscores");
            }

            if (!uids.Add(s.Uid))
            {
                throw Fault(source, $"two sessions have the uid \"{s.Uid}\"; a uid names one session");
            }

            if (SessionProblem(s, catalog) is { } problem)
            {
                throw Fault(source, $"session \"{s.Uid}\" {problem}");
            }
        }
    }

    public static GameDataException Fault(string source, string fault) => new($"{source} cannot be imported: {fault}; nothing was imported.");

    /// <summary>A name from the file as it may be shown: quoted, without control characters, and cut short.</summary>
    public static string Show(string? text)
    {
        string clean = Core.Text.SafeText.Strip(text);
        return $"\"{(clean.Length > 40 ? clean[..40] + "…" : clean)}\"";
    }

    private static string? PlayerProblem(ExportPlayer p) =>
        !Handle.IsValid(p.Handle) ? "does not have a valid handle (a lower-case letter, then up to 23 lower-case letters, digits or dashes)"
        : DisplayName.Problem(p.Name) is { } name ? $"has a bad name: {name.TrimEnd('.')}"
        : string.IsNullOrWhiteSpace(p.TimeZone) || !TimeZones.TryFind(p.TimeZone, out _) ? $"has the time zone {Show(p.TimeZone)}, which is not known here"
        : !Player.IsValidDayStart(p.DayStartHour) ? $"has the day-start hour {p.DayStartHour} (0 to {Player.MaxDayStartHour} expected)"
        : !Instant(p.CreatedAt) ? $"has the creation time {Show(p.CreatedAt)}, which is not a date and time"
        : null;

    private static string? SessionProblem(ExportSession s, GameCatalog catalog)
    {
        if (!Handle.IsValid(s.Player))
        {
            return $"names the player {Show(s.Player)}, which is not a handle";
        }

        if (!Timestamps.TryParseDay(s.Day, out DateOnly day))
        {
            return $"has the day {Show(s.Day)}, which is not a date (YYYY-MM-DD)";
        }

        if (!Instant(s.RecordedAt))
        {
            return $"has the recording time {Show(s.RecordedAt)}, which is not a date and time";
        }

        if (day < EarliestDay || Timestamps.ParseInstant(s.RecordedAt) < new DateTimeOffset(EarliestDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            return $"is dated before {Timestamps.Format(EarliestDay)}";
        }

        if (s.Note is { } note && (Core.Text.SafeText.HasControl(note) || note.Length > Session.MaxNoteLength))
        {
            return $"has a note with control characters or over {Session.MaxNoteLength} characters";
        }

        if (s.Entries.Count == 0)
        {
            return s.RestPain is not { } pain ? "has no entries and no rest pain"
                : pain < catalog.Rules.RestDayMinPain || pain > Entry.MaxPain ? $"is a pain-rest at pain {pain}; a pain-rest is for pain {catalog.Rules.RestDayMinPain} to {Entry.MaxPain}"
                : null;
        }

        return s.RestPain is not null
            ? "has entries and a rest pain; a pain-rest has no entries"
            : s.Entries.Select(e => EntryProblem(e, catalog)).FirstOrDefault(p => p is not null);
    }

    private static string? EntryProblem(ExportEntry e, GameCatalog catalog)
    {
        if (catalog.Find(e.Ladder) is not { } ladder)
        {
            return $"names the ladder {Show(e.Ladder)}, which the catalog does not have";
        }

        if (!ladder.HasLevel(e.Level))
        {
            return $"has {ladder.Name} at level {e.Level}; it has levels 1 to {ladder.TopLevel}";
        }

        if (!Entry.IsValidPain(e.Pain))
        {
            return $"has {ladder.Name} at pain {e.Pain}; pain goes from 0 to {Entry.MaxPain}";
        }

        return e.Sets.Count == 0 ? $"has {ladder.Name} with no sets"
            : e.Sets.Any(x => x.Amount is < 1 or > SetList.MaxAmount) ? $"has a {ladder.Name} set outside 1 to {Core.Text.WholeNumber.Show(SetList.MaxAmount)}"
            : e.Sets.Any(x => x.LoadKg is < 0 or > SetList.MaxLoadKg) ? $"has a {ladder.Name} load outside 0 to {Core.Text.WholeNumber.Show(SetList.MaxLoadKg)} kg"
            : null;
    }

    private static bool Instant(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UidPattern();
}
