using System.Globalization;

namespace StrengthQuest.Storage.Exchange;

/// <summary>The export as CSV: one row per set (a pain-rest session is one row without a ladder).</summary>
public static class CsvExport
{
    private static readonly string[] Header =
    [
        "session_uid", "player", "day", "recorded_at", "backfilled", "rest_pain", "note",
        "ladder", "level", "entry_pain", "set", "amount", "load_kg",
    ];

    public static void Write(ExportDocument document, TextWriter output)
    {
        output.Write(string.Join(',', Header) + "\n");
        foreach (ExportSession s in document.Sessions)
        {
            string[] session = [s.Uid, s.Player, s.Day, s.RecordedAt, s.Backfilled ? "1" : "0", Number(s.RestPain), s.Note ?? ""];
            if (s.Entries.Count == 0)
            {
                Row(output, [.. session, "", "", "", "", "", ""]);
            }

            foreach (ExportEntry e in s.Entries)
            {
                for (int i = 0; i < e.Sets.Count; i++)
                {
                    ExportSet set = e.Sets[i];
                    Row(output, [.. session, e.Ladder, Number(e.Level), Number(e.Pain), Number(i + 1), Number(set.Amount), set.LoadKg?.ToString(CultureInfo.InvariantCulture) ?? ""]);
                }
            }
        }
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Row(TextWriter output, string[] fields) =>
        output.Write(string.Join(',', fields.Select(Quote)) + "\n");

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula.</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
