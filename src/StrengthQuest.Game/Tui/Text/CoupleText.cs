using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Duel;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Text;

/// <summary>The couple screen: this week's duel, the crowns tally, both streaks and the weeks head to head.</summary>
public static class CoupleText
{
    /// <summary>A player without a partner: how to pair up, and the invite code that still works, if any.</summary>
    public static IEnumerable<string> Unpaired(IssuedCode? pending, Core.Players.Player me, int validHours)
    {
        yield return "No partner yet. StrengthQuest is a game for two: a shared co-op streak,";
        yield return "a weekly duel and a boss to beat together.";
        yield return "";
        yield return "  i   make an invite code for your partner";
        yield return "  j   enter your partner's invite code";
        if (pending is not null)
        {
            yield return "";
            foreach (string line in DoorsText.Invite(pending, me, validHours))
            {
                yield return line;
            }
        }
    }

    public static IEnumerable<string> Lines(HistoryView view, int weeks)
    {
        if (view.State.Partner is not { } partner || view.State.Coop is not { } coop || view.State.Duel is not { } duel)
        {
            yield return "No partner yet: press i for an invite code, or j to enter your partner's.";
            yield break;
        }

        string name = Strip(partner.Player.Name);
        DuelWeek week = duel.ThisWeek;
        int gap = week.MyXp - week.PartnerXp;
        yield return Names.Fit(
            n => $"This week ({week.Week}): you {week.MyXp} XP · {n} {week.PartnerXp} XP — {(gap > 0 ? $"you lead by {gap}" : gap < 0 ? $"{n} leads by {-gap}" : "level pegging")}",
            name,
            Names.Width);
        yield return Names.Fit(n => $"Crowns: you {duel.MyCrowns} · {n} {duel.PartnerCrowns}", name, Names.Width);
        if (duel.Deciding is { } deciding)
        {
            yield return Names.Fit(n => StatusText.Deciding(deciding, n), name, Names.Width);
        }

        if (view.State.Boss is { } boss)
        {
            yield return $"{TrainingWeekText.Boss(boss)}";
            yield return $"  HP {TrainingWeekText.HpBar(boss, 40)}";
            yield return $"  {Strip(boss.Boss.Flavour)}";
        }
        yield return "";
        PlayerState me = view.State.Me;
        yield return $"Your streak      {Humane.Run(me.Streak.Current, me.Streak.Longest)} · {Humane.Freezes(me.Streak.Freezes)}";
        yield return $"{Bars.Fit(Names.Cut(name, 7) + "'s streak", 16)} {Humane.Run(partner.Streak.Current, partner.Streak.Longest)} · {Humane.Freezes(partner.Streak.Freezes)}";
        yield return $"Co-op streak     {Humane.Run(coop.Current, coop.Longest)} · {Humane.Freezes(coop.Freezes, "shared ")}";
        yield return Names.Fit(n => $"Today            you {(coop.MeToday ? "✓" : "not yet")} · {n} {(coop.PartnerToday ? "✓" : "not yet")}", name, Names.Width);
        yield return "";
        yield return "Head to head, week by week:";
        DuelWeek[] recent = [.. view.Timeline.Weeks.Where(w => w.Closed).Reverse().Take(weeks)];
        if (recent.Length == 0)
        {
            yield return "  No finished weeks yet: the first crown goes out on Sunday night.";
        }

        // In the table the name has a column of its own, the same width on every row.
        string column = Names.Cut(name, 16);
        foreach (DuelWeek w in recent)
        {
            string crown = w.MyCrown && w.PartnerCrown ? "tie: both crowned" : w.MyCrown ? "crown: you" : w.PartnerCrown ? $"crown: {column}" : "no crown";
            yield return $"  {w.Week}  you {w.MyXp,4} · {column} {w.PartnerXp,4}   {crown}";
        }
    }
}
