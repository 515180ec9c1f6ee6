using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Text;

/// <summary>
/// The dashboard's text, built from the couple's state: level, streaks, duel, quest, recent check-ins.
/// Every line fits the narrowest window: a long name gives way, never "today" or the crowns after it.
/// </summary>
public static class DashboardText
{
    public static IEnumerable<string> Lines(CoupleView view, QuestPlan quest, DateTimeOffset now, string? draftOffer = null)
    {
        PlayerState me = view.State.Me;
        if (draftOffer is not null)
        {
            yield return draftOffer;
        }

        yield return $"Level {me.Level.Level}  {Bars.Progress(me.Level.XpIntoLevel, me.Level.XpForNextLevel, 20)}  {me.Level.XpIntoLevel}/{me.Level.XpForNextLevel} XP to level {me.Level.Level + 1} · {me.TotalXp} XP";
        string today = me.CheckedInToday ? "checked in today ✓" : "not checked in today";
        yield return $"Streak {Humane.Run(me.Streak.Current, me.Streak.Longest)} · {Humane.Freezes(me.Streak.Freezes)} · {today}";
        foreach (string line in CoupleLines(view, now))
        {
            yield return line;
        }

        if (draftOffer is null)
        {
            yield return "";
        }

        yield return quest.Mobility
            ? $"{TrainingWeekText.RestDay} · {Humane.Count(quest.Items.Count, "exercise")} · about {quest.Minutes} minutes"
            : $"Today's quest · {Humane.Count(quest.Items.Count, "exercise")} · about {quest.Minutes} minutes";
        int n = 1;
        foreach (QuestItem item in quest.Items)
        {
            string ladder = Bars.Fit(item.Ladder.Name, 16);
            string level = Bars.Fit($"L{item.Level.Number} {item.Level.Name}", 30);
            string tag = item.WarmUp ? "warm-up" : me.Ladder(item.Ladder.Id)?.CoolingDown == true ? "cooling down" : "";
            yield return $" {n++} {ladder} {level} {item.Level.Target,-9} {tag}".TrimEnd();
        }

        yield return "";
        yield return "Recent check-ins";
        string[] recent = [.. Recent(view, now, 4)];
        foreach (string line in recent.Length == 0 ? ["  Nothing yet — press c to check in."] : recent)
        {
            yield return line;
        }

        if (EarnedAchievementLine(me) is { } fresh)
        {
            yield return fresh;
        }
    }

    private static IEnumerable<string> CoupleLines(CoupleView view, DateTimeOffset now)
    {
        if (view.State.Coop is not { } coop || view.Partner is not { } partner || view.State.Duel is not { } duel)
        {
            yield return "No partner yet: p, then i makes an invite code for your partner.";
            yield break;
        }

        string name = Strip(partner.Name);
        string you = coop.MeToday ? "you ✓" : "you not yet";
        yield return Names.Fit(
            n => $"Co-op with {n}: {Humane.Run(coop.Current, coop.Longest)} · today {you}, {n} {(coop.PartnerToday ? "✓" : "not yet (n nudges)")}",
            name,
            Names.Width);
        bool playing = view.Social.PartnerInGame;
        yield return Names.Fit(
            n => $"Duel {duel.ThisWeek.Week}: you {duel.ThisWeek.MyXp} XP, {n} {duel.ThisWeek.PartnerXp} XP · crowns {duel.MyCrowns}–{duel.PartnerCrowns}{(playing ? $" · {n} is playing now" : "")}",
            name,
            Names.Width);
        if (view.State.Boss is { } boss)
        {
            yield return $"{TrainingWeekText.Boss(boss)} {TrainingWeekText.HpBar(boss, 10)}";
        }

        if (view.Social.ShownNudge(view, now) is not null)
        {
            yield return Names.Fit(n => $"» {ShortStatus.Nudge(n)} «", name, Names.Width);
        }
    }

    /// <summary>The last check-ins of both partners in words: "Sam trained 2 hours ago".</summary>
    public static IEnumerable<string> Recent(CoupleView view, DateTimeOffset now, int count)
    {
        string partner = Strip(view.Partner?.Name);
        foreach ((bool mine, Session s) in view.Recent.Take(count))
        {
            string who = mine ? "You" : partner;
            string when = Humane.Ago(s.RecordedAt, now);
            string what = s.IsRest ? "took a pain-rest day" : "trained";
            string detail = s.IsRest ? $"pain {s.RestPain}" : Humane.Count(s.Entries.Count, "exercise");
            string backfill = s.Backfilled ? $" (for {s.Day:ddd d MMM})" : "";
            yield return Names.Fit(n => $"  {n} {what} {when}{backfill} · {detail}", who, Names.Width);
        }
    }

    private static string? EarnedAchievementLine(PlayerState me)
    {
        string[] fresh = [.. me.Achievements.Where(a => a.Day >= me.AsOf.AddDays(-1)).Select(a => a.Title)];
        return fresh.Length == 0 ? null : $"New: {string.Join(", ", fresh)}!";
    }
}
