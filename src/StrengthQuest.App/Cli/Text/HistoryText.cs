using StrengthQuest.Cli.Json;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli.Text;

/// <summary><c>history</c>: the last N game days, newest first.</summary>
internal static class HistoryText
{
    public static void Write(TextWriter output, HistoryView view, int days, GameService game)
    {
        output.WriteLine($"The last {Humane.Days(days)} for {Core.Text.SafeText.Strip(view.Me.Name)}:");
        foreach ((DateOnly day, DaySummary? summary, IReadOnlyList<Session> sessions) in Days(view, days))
        {
            string head = $"  {day:ddd dd MMM}";
            if (summary is null)
            {
                output.WriteLine($"{head}  —");
                continue;
            }

            string mark = summary.Mark switch
            {
                DayMark.CheckIn => "✓",
                DayMark.Protected => "rest",
                DayMark.PlannedRest => "off",
                DayMark.Carried => "carried",
                DayMark.Travel => "trip",
                _ => "·",
            };
            string carried = CarriedBy(view, day) is { } by ? $" · carried by {Core.Text.SafeText.Strip(by.Name)}" : "";
            output.WriteLine($"{head}  {mark,-4} {summary.Xp.Total,4} XP · streak {summary.StreakAfter}{carried}");
            foreach (Session session in sessions)
            {
                string flags = session.Backfilled ? " (backfilled)" : "";
                if (session.IsRest)
                {
                    output.WriteLine($"      pain-rest, pain {session.RestPain}{flags}");
                }

                foreach (Entry entry in session.Entries)
                {
                    output.WriteLine($"      {CheckInText.EntryLine(entry, game)}{flags}");
                }

                output.WriteLine($"      session {session.Uid}");
            }
        }
    }

    public static HistoryJson Json(HistoryView view, int days)
    {
        var rows = Days(view, days).ToList();
        return new HistoryJson(
            view.Me.Handle,
            Timestamps.Format(rows[^1].Day),
            Timestamps.Format(rows[0].Day),
            [
                .. rows.Where(r => r.Summary is not null).Select(r => new HistoryDayJson(
                    Timestamps.Format(r.Day),
                    r.Summary!.Mark.ToString().ToLowerInvariant(),
                    r.Summary.Xp.Total,
                    r.Summary.StreakAfter,
                    [.. r.Sessions.Select(JsonViews.Session)])
                {
                    CarriedBy = CarriedBy(view, r.Day)?.Handle,
                }),
            ]);
    }

    /// <summary>The partner who carried my missed training day, if they did.</summary>
    public static Core.Players.Player? CarriedBy(HistoryView view, DateOnly day) =>
        view.Timeline.Carries.Any(c => c.MeCarried && c.Day == day) ? view.Partner : null;

    private static IEnumerable<(DateOnly Day, DaySummary? Summary, IReadOnlyList<Session> Sessions)> Days(HistoryView view, int days)
    {
        ILookup<DateOnly, Session> byDay = view.History.Me.Sessions.ToLookup(s => s.Day);
        for (int back = 0; back < days; back++)
        {
            DateOnly day = view.AsOf.AddDays(-back);
            Session[] sessions = [.. byDay[day]];
            // A plain missed day with nothing recorded shows as a gap, as it always has.
            DaySummary? summary = view.Timeline.MyDays.GetValueOrDefault(day) is { } d && (sessions.Length > 0 || d.Mark != DayMark.Miss) ? d : null;
            yield return (day, summary, sessions);
        }
    }
}
