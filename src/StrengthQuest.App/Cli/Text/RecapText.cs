using StrengthQuest.Cli.Json;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Core.Rules.Streaks;
using StrengthQuest.Storage.Database;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary>
/// The weekly recap in lines of at most 80 columns, for <c>recap</c> and the recap screen: XP per
/// day as bars, pain per day as a sparkline, then sessions, records, unlocks, the boss, the crown
/// and the streaks at the week's end. Block characters only, so it reads under NO_COLOR too.
/// </summary>
public static class RecapText
{
    private const int BarWidth = 22;
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static IEnumerable<string> Lines(WeeklyRecap r, Core.Catalog.GameCatalog catalog)
    {
        string you = "you";
        string them = r.Partner is null ? "" : Fit(Strip(r.Partner.Player.Name), 12);
        yield return $"Week {r.Week}, {r.Monday:ddd d MMM} – {r.Sunday:ddd d MMM}";
        yield return r.Partner is null ? $"{"XP per day",-11}{you}" : $"{"XP per day",-11}{you,-29}{them}";
        int max = Math.Max(1, r.Me.Days.Concat(r.Partner?.Days ?? []).Max(d => d.Xp));
        for (int i = 0; i < 7; i++)
        {
            RecapDay mine = r.Me.Days[i];
            string line = $"  {mine.Day:ddd}      {Bar(mine.Xp, max)} {mine.Xp,4}";
            if (r.Partner is { } partner)
            {
                RecapDay theirs = partner.Days[i];
                line += $"  {Bar(theirs.Xp, max)} {theirs.Xp,4}";
            }

            yield return line;
        }

        string pain = $"Pain, Mon–Sun  {you} {Spark(r.Me.Days)}";
        yield return r.Partner is null ? pain : $"{pain}   {them.TrimEnd()} {Spark(r.Partner.Days)}   (· nothing recorded)";
        // The partner's name as in the chart's header: a 40-character name would push these lines past 80 columns.
        yield return Both(r, them.TrimEnd(), p => $"{Humane.Count(p.Sessions, "session")}, {p.Xp} XP", "Sessions");
        yield return Both(r, them.TrimEnd(), p => p.Records.Count == 0 ? "no records" : Humane.Count(p.Records.Count, "record"), "Records");
        foreach (RecapPlayer p in r.Partner is null ? [r.Me] : new[] { r.Me, r.Partner })
        {
            string who = p == r.Me ? "you" : them.TrimEnd();
            string[] unlocked = [.. p.Unlocks.Select(u => $"{catalog.Find(u.Ladder)?.Name ?? u.Ladder} L{u.Level}")];
            yield return Listing($"Unlocks, {who}: ", unlocked, "none");
        }
        if (r.Boss is { } boss)
        {
            string fate = boss.Beaten ? "beaten!" : "it survived and left";
            yield return $"Boss: {Strip(boss.Boss.Name)} {TrainingWeekText.HpBar(boss, 12)} {boss.Damage} of {boss.Hp} HP — {fate}";
        }

        if (r.Duel is { } duel)
        {
            string crown = !duel.Closed ? "decided once the week is over for both"
                : duel.MyCrown && duel.PartnerCrown ? "a tie: both crowned"
                : duel.MyCrown ? "yours"
                : duel.PartnerCrown ? $"{them.TrimEnd()}'s"
                : "none (no XP)";
            yield return $"Crown: {crown}";
        }

        string streaks = $"Streaks at the week's end: you {Humane.DaysOrNone(r.Me.StreakAtEnd)}";
        yield return r.Partner is null ? streaks : $"{streaks} · {them.TrimEnd()} {Humane.DaysOrNone(r.Partner.StreakAtEnd)} · co-op {Humane.DaysOrNone(r.CoopAtEnd ?? 0)}";
    }

    public static RecapJson Json(WeeklyRecap r) => new(
        r.Me.Player.Handle,
        r.Week,
        Timestamps.Format(r.Monday),
        Timestamps.Format(r.Sunday),
        Player(r.Me),
        r.Partner is null ? null : Player(r.Partner),
        r.Boss is { } boss ? new BossJson(boss.Week, boss.Boss.Name, boss.Hp, boss.Damage, boss.Beaten) : null,
        r.Duel is { } duel ? new CrownJson(duel.Closed, duel.Closed && duel.MyCrown, duel.Closed && duel.PartnerCrown) : null,
        r.CoopAtEnd);

    private static RecapPlayerJson Player(RecapPlayer p) => new(
        p.Player.Handle,
        Strip(p.Player.Name),
        p.Xp,
        p.Sessions,
        [.. p.Days.Select(d => new RecapDayJson(Timestamps.Format(d.Day), d.Xp, d.Sessions, d.Pain, d.Mark.ToString().ToLowerInvariant()))],
        [.. p.Records.Select(x => $"{x.Ladder}:{x.Level} {x.What} {x.Now}")],
        [.. p.Unlocks.Select(u => $"{u.Ladder}:{u.Level}")],
        p.StreakAtEnd,
        [.. p.CarriedDays.Select(Timestamps.Format)]);

    /// <summary>A list on one line of at most 80 columns: what does not fit is counted ("and 3 more").</summary>
    private static string Listing(string label, IReadOnlyList<string> items, string none)
    {
        if (items.Count == 0)
        {
            return label + none;
        }

        for (int shown = items.Count; shown > 0; shown--)
        {
            string line = label + string.Join(", ", items.Take(shown)) + (shown < items.Count ? $" and {items.Count - shown} more" : "");
            if (line.Length <= 80)
            {
                return line;
            }
        }

        return Fit($"{label}{items.Count}", 80).TrimEnd();
    }

    private static string Both(WeeklyRecap r, string them, Func<RecapPlayer, string> say, string label) =>
        r.Partner is null ? $"{label}: you {say(r.Me)}" : $"{label}: you {say(r.Me)} · {them} {say(r.Partner)}";

    private static string Bar(int xp, int max)
    {
        int width = (int)Math.Round((double)xp * BarWidth / max);
        return (xp > 0 ? new string('█', Math.Max(1, width)) : "·").PadRight(BarWidth);
    }

    /// <summary>The highest pain of each day on a 0–10 scale (· nothing recorded).</summary>
    private static string Spark(IReadOnlyList<RecapDay> days) =>
        string.Concat(days.Select(d => d.Pain is not { } pain ? '·' : Blocks[Math.Clamp(pain * (Blocks.Length - 1) / Core.History.Entry.MaxPain, 0, Blocks.Length - 1)]));

    private static string Fit(string text, int width) => text.Length <= width ? text.PadRight(width) : text[..(width - 1)] + "…";
}
