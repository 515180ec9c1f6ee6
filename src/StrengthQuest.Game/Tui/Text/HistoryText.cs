using System.Globalization;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Text;

/// <summary>
/// The history screen: a 12-month calendar heatmap (weeks as columns, Monday on top) for both
/// partners with co-op days marked, a weekly XP chart, and the sessions of the day picked.
/// </summary>
public static class HistoryText
{
    public const int Weeks = 53;
    public const char Both = '█';
    public const char MeOnly = '▓';
    public const char PartnerOnly = '▒';
    public const char Rest = '░';
    public const char Nothing = '·';
    public const char Cursor = '◆';

    public static DateOnly FirstDay(DateOnly today) => IsoWeeks.Monday(today).AddDays(-7 * (Weeks - 1));

    public static IEnumerable<string> Heatmap(HistoryView view, DateOnly cursor)
    {
        IReadOnlyDictionary<DateOnly, DaySummary> me = view.Timeline.MyDays;
        IReadOnlyDictionary<DateOnly, DaySummary>? partner = view.Timeline.PartnerDays;
        DateOnly first = FirstDay(view.Today);
        string legend = partner is null
            ? $"{Both} trained  {Rest} pain-rest  {Nothing} nothing  {Cursor} picked"
            : $"{Both} both (co-op)  {MeOnly} you  {PartnerOnly} {Strip(view.Partner?.Name)}  {Rest} pain-rest  {Nothing} nothing  {Cursor} picked";
        yield return legend;
        yield return "    " + MonthRow(first);
        string[] names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (int row = 0; row < 7; row++)
        {
            char[] cells = new char[Weeks];
            for (int week = 0; week < Weeks; week++)
            {
                DateOnly day = first.AddDays((week * 7) + row);
                cells[week] = day == cursor ? Cursor : day > view.Today ? ' ' : Cell(Mark(me, day), partner is null ? null : Mark(partner, day));
            }

            yield return $"{names[row]} {new string(cells)}";
        }
    }

    public static char Cell(DayMark mine, DayMark? theirs)
    {
        bool i = mine == DayMark.CheckIn;
        bool they = theirs == DayMark.CheckIn;
        return i && (theirs is null || they) ? Both
            : i ? MeOnly
            : they ? PartnerOnly
            : mine == DayMark.Protected || theirs == DayMark.Protected ? Rest
            : Nothing;
    }

    /// <summary>Weekly XP of the last weeks as sparklines, scaled together.</summary>
    public static IEnumerable<string> WeeklyChart(HistoryView view, int weeks)
    {
        DateOnly monday = IsoWeeks.Monday(view.Today).AddDays(-7 * (weeks - 1));
        int[] mine = Weekly(view.Timeline.MyDays, monday, weeks);
        int[]? theirs = view.Timeline.PartnerDays is { } p ? Weekly(p, monday, weeks) : null;
        int max = Math.Max(mine.Max(), theirs?.Max() ?? 0);
        yield return $"Weekly XP, last {weeks} weeks (highest {max}):";
        yield return $"  you {Bars.Spark(mine, max)} {mine[^1]} this week";
        if (theirs is not null)
        {
            yield return $"  {Bars.Fit(Strip(view.Partner?.Name), 3).TrimEnd()} {Bars.Spark(theirs, max)} {theirs[^1]} this week";
        }
    }

    /// <summary>What both partners did on the picked day.</summary>
    public static IEnumerable<string> Day(HistoryView view, DateOnly day, GameCatalog catalog)
    {
        yield return $"{day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}:";
        foreach ((string who, PlayerHistory? history, IReadOnlyDictionary<DateOnly, DaySummary>? days) in new[] { ("You", view.History.Me, view.Timeline.MyDays), (Strip(view.Partner?.Name), view.History.Partner, view.Timeline.PartnerDays) })
        {
            if (history is null || days is null)
            {
                continue;
            }

            Session[] sessions = [.. history.Sessions.Where(s => s.Day == day)];
            int xp = days.GetValueOrDefault(day)?.Xp.Total ?? 0;
            bool mine = history == view.History.Me;
            string? carrier = view.Timeline.Carries.Any(c => c.Day == day && c.MeCarried == mine) ? (mine ? Strip(view.Partner?.Name) : "you") : null;
            string what = sessions.Length == 0 ? (carrier is null ? "nothing" : $"carried by {carrier}")
                : string.Join("; ", sessions.Select(s => s.IsRest ? $"pain-rest (pain {s.RestPain})" : string.Join(", ", s.Entries.Select(e => $"{catalog.Find(e.Ladder)?.Name ?? e.Ladder} L{e.Level} {SetList.Format(e.Sets)}"))));
            yield return Bars.Fit($"  {who}: {what}{(xp > 0 ? $" · {xp} XP" : "")}", 76).TrimEnd();
        }
    }

    private static DayMark Mark(IReadOnlyDictionary<DateOnly, DaySummary> days, DateOnly day) => days.GetValueOrDefault(day)?.Mark ?? DayMark.Miss;

    private static int[] Weekly(IReadOnlyDictionary<DateOnly, DaySummary> days, DateOnly firstMonday, int weeks)
    {
        int[] totals = new int[weeks];
        foreach (DaySummary day in days.Values)
        {
            int week = (day.Day.DayNumber - firstMonday.DayNumber) / 7;
            if (day.Day >= firstMonday && week < weeks)
            {
                totals[week] += day.Xp.Total;
            }
        }

        return totals;
    }

    private static string MonthRow(DateOnly first)
    {
        char[] row = new string(' ', Weeks + 3).ToCharArray();
        for (int week = 0; week < Weeks; week++)
        {
            DateOnly monday = first.AddDays(week * 7);
            DateOnly sunday = monday.AddDays(6);
            if (sunday.Day <= 7 && week + 3 <= Weeks)
            {
                string name = sunday.ToString("MMM", CultureInfo.InvariantCulture);
                name.CopyTo(0, row, week, name.Length);
            }
        }

        return new string(row).TrimEnd();
    }
}
