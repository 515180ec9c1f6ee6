using System.Globalization;
using System.Text;
using StrengthQuest.Core.History;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Drafts;

/// <summary>
/// A draft as a few lines of text: a header (format, start, day, session edited, where the check-in
/// is), then one line per exercise — ladder, level, sets, pain, skipped. Read on every dashboard
/// load and written on every set, so it is plain text rather than JSON; a state that does not read
/// back whole is no draft.
/// </summary>
internal static class DraftCodec
{
    private const string Format = "d1";
    private const char Field = '|';

    public static string Encode(Draft draft)
    {
        StringBuilder text = new();
        text.AppendJoin(Field, Format, Timestamps.Format(draft.StartedAt), draft.Day is { } day ? Timestamps.Format(day) : "", draft.Editing ?? "", Number(draft.Index), draft.AskingPain ? "1" : "0");
        foreach (DraftItem item in draft.Items)
        {
            text.Append('\n');
            text.AppendJoin(Field, item.Ladder, Number(item.Level), SetList.Format(item.Sets), item.Pain is { } pain ? Number(pain) : "", item.Skipped ? "1" : "0");
        }

        return text.ToString();
    }

    public static Draft? Decode(string text)
    {
        string[] lines = text.Split('\n');
        string[] head = lines[0].Split(Field);
        if (head.Length != 6 || head[0] != Format || !TryInstant(head[1], out DateTimeOffset started) || !int.TryParse(head[4], CultureInfo.InvariantCulture, out int index))
        {
            return null;
        }

        DateOnly? day = null;
        if (head[2].Length > 0)
        {
            if (!Timestamps.TryParseDay(head[2], out DateOnly parsed))
            {
                return null;
            }

            day = parsed;
        }

        List<DraftItem> items = [];
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split(Field);
            if (f.Length != 5 || !int.TryParse(f[1], CultureInfo.InvariantCulture, out int level))
            {
                return null;
            }

            IReadOnlyList<SetDone>? sets = f[2].Length == 0 ? [] : SetList.Parse(f[2]);
            int? pain = int.TryParse(f[3], CultureInfo.InvariantCulture, out int p) ? p : null;
            if (sets is null)
            {
                return null;
            }

            items.Add(new DraftItem(f[0], level, sets, pain, f[4] == "1"));
        }

        return new Draft(started, day, head[3].Length == 0 ? null : head[3], items, index, head[5] == "1");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static bool TryInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
}
