using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary>The check-in summary as text: what was logged, the XP breakdown and everything it unlocked.</summary>
internal static class CheckInText
{
    public static void Write(TextWriter output, CheckInSummary s, GameService game)
    {
        foreach (string line in Lines(s, game))
        {
            output.WriteLine(line);
        }
    }

    public static IEnumerable<string> Lines(CheckInSummary s, GameService game)
    {
        PlayerState me = s.After.Me;
        string day = Humane.Day(s.Session.Day, me.AsOf);
        string backfilled = s.Session.Backfilled ? " (backfilled)" : "";
        if (s.Session.IsRest)
        {
            yield return $"Pain-rest day recorded for {day}{backfilled} (pain {s.Session.RestPain}).";
            yield return s.RestProtected
                ? "Rest well: your streaks are protected for the day."
                : $"Streaks are protected by at most {Humane.Count(game.Catalog.Rules.ProtectedDaysPerWindow, "pain-rest day")} in any {game.Catalog.Rules.ProtectedWindowDays} days, so this one does not protect them.";
            yield return game.Catalog.PainGuide.Clinician;
        }
        else
        {
            yield return $"Checked in for {day}{backfilled}: {Humane.Count(s.Session.Entries.Count, "exercise")}.";
            foreach (Entry entry in s.Session.Entries)
            {
                yield return $"  {EntryLine(entry, game)}";
            }

            string breakdown = s.XpEarned == 0 ? "" : $" (base {s.Earned.Base}, streak bonus {s.Earned.StreakBonus}, co-op bonus {s.Earned.CoopBonus})";
            yield return $"{Humane.Xp(s.XpEarned)}{breakdown} — {me.TotalXp} XP in all, level {me.Level.Level} ({me.Level.XpIntoLevel}/{me.Level.XpForNextLevel} to the next).";
        }

        if (s.EarnedNothingForSessionCap)
        {
            yield return $"Only the first {game.Catalog.Rules.XpSessionsPerDay} sessions of a game day earn XP: well done, and don't overdo it.";
        }

        if (s.LeveledUp)
        {
            yield return $"Level up! You reached level {s.LevelAfter}.";
        }

        foreach (Unlock u in s.Unlocks)
        {
            yield return UnlockLine("Unlocked", u);
        }

        foreach (RecordBroken r in s.Records)
        {
            yield return $"New record: {Ladder(r.Ladder, game)} level {r.Level} — {RecordText(r, game)}.";
        }

        foreach (var a in s.Achievements)
        {
            yield return $"Achievement: {a.Title}!";
        }

        string coop = s.After.Coop is { } c && s.After.Partner is { } partner
            ? $" · co-op with {Strip(partner.Player.Name)}: {Humane.Run(c.Current, c.Longest)}"
            : "";
        yield return $"Streak: {Humane.Run(me.Streak.Current, me.Streak.Longest)}{coop}.";
        foreach (string advice in s.PainAdvice)
        {
            yield return $"Pain guard: {advice}";
        }
    }

    /// <summary>"Unlocked: Calf raise level 2 — single-leg." (or "Locked again: …").</summary>
    public static string UnlockLine(string what, Unlock u) => $"{what}: {u.LadderName} level {u.Level} — {u.LevelName}.";

    public static string EntryLine(Entry entry, GameService game)
    {
        var ladder = game.Catalog.Find(entry.Ladder);
        string levelName = ladder is not null && ladder.HasLevel(entry.Level) ? $" ({ladder.Level(entry.Level).Name})" : "";
        return $"{Ladder(entry.Ladder, game)} level {entry.Level}{levelName}: {SetList.Format(entry.Sets).Replace(",", ", ", StringComparison.Ordinal)} · pain {entry.Pain}";
    }

    private static string Ladder(string id, GameService game) => game.Catalog.Find(id)?.Name ?? Strip(id);

    public static string RecordText(RecordBroken r, GameService game)
    {
        if (r.What == "load")
        {
            return $"{r.Now} kg (was {r.Before} kg)";
        }

        var ladder = game.Catalog.Find(r.Ladder);
        string unit = ladder is not null && ladder.HasLevel(r.Level) ? " " + ladder.Level(r.Level).Measure.Unit((int)r.Now) : "";
        return $"{r.Now}{unit} in one set (was {r.Before})";
    }
}
