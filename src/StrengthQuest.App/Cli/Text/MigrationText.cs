using Humanizer;
using StrengthQuest.Storage.Migration;

namespace StrengthQuest.Cli.Text;

/// <summary>What <c>migrate</c> prints once the copy is in: what went over, and that it was checked.</summary>
internal static class MigrationText
{
    public static IEnumerable<string> Summary(MigrationReport report)
    {
        long others = report.Tables.Where(t => t.Table is not ("players" or "couples" or "sessions" or "entries")).Sum(t => t.Rows);
        yield return $"Copied {report.Source} to {report.Target}: {Count(report.Rows("players"), "player")}, {Count(report.Rows("couples"), "couple")}, "
            + $"{Count(report.Rows("sessions"), "session")} ({Count(report.Rows("entries"), "exercise entry")}) and {Count(others, "other row")} (drafts, plans, keys, codes, nudges…).";
        yield return $"Checked before committing: every table's row count and the full status of all {Count(report.PlayersChecked, "player")} are the same in both. "
            + "The status snapshots (a cache) were not copied; each is rebuilt on its first use.";
    }

    private static string Count(long n, string noun) => noun.ToQuantity(n, "N0", Humane.English);
}
