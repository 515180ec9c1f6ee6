using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary>A session changed or deleted, as text: which one, and what it changed in XP, streaks and unlocks (CLI and screens).</summary>
public static class CorrectionText
{
    public static IEnumerable<string> Lines(CorrectionSummary s, GameService game)
    {
        PlayerState was = s.Before.Me;
        PlayerState now = s.After.Me;
        string day = Humane.Day(s.Removed.Day, now.AsOf);
        if (s.Replacement is not { } replacement)
        {
            yield return $"Deleted the {Kind(s.Removed)} of {day} ({Detail(s.Removed)}).";
        }
        else
        {
            yield return $"Changed the {Kind(s.Removed)} of {day}: now {(replacement.IsRest ? $"a pain-rest day ({Detail(replacement)})" : Detail(replacement))}.";
            foreach (Entry entry in replacement.Entries)
            {
                yield return $"  {CheckInText.EntryLine(entry, game)}";
            }
        }

        string level = now.Level.Level == was.Level.Level ? $"level {now.Level.Level}" : $"level {was.Level.Level} → {now.Level.Level}";
        yield return $"XP: {was.TotalXp} → {now.TotalXp} ({Signed(s.XpChange)}) · {level}.";
        string coop = s.Before.Coop is { } c0 && s.After.Coop is { } c1 && s.After.Partner is { } partner
            ? $" · co-op with {Strip(partner.Player.Name)}: {Change(c0.Current, c1.Current)}"
            : "";
        yield return $"Streak: {Change(was.Streak.Current, now.Streak.Current)} (longest {now.Streak.Longest}){coop}.";
        foreach (string line in s.Unlocked.Select(u => CheckInText.UnlockLine("Unlocked", u))
            .Concat(s.Relocked.Select(u => CheckInText.UnlockLine("Locked again", u)))
            .Concat(s.Earned.Select(a => $"Achievement: {a.Title}!"))
            .Concat(s.Lost.Select(a => $"Achievement taken back: {a.Title}.")))
        {
            yield return line;
        }
    }

    public static string Kind(Session s) => s.IsRest ? "pain-rest day" : "check-in";

    /// <summary>"pain 7" or "2 exercises".</summary>
    public static string Detail(Session s) => s.IsRest ? $"pain {s.RestPain}" : Humane.Count(s.Entries.Count, "exercise");

    private static string Signed(long n) => n > 0 ? $"+{n}" : n < 0 ? $"−{-n}" : "±0";

    private static string Change(int before, int after) => before == after ? $"{Humane.Days(after)}, unchanged" : $"{before} → {Humane.Days(after)}";
}
