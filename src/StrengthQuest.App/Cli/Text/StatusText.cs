using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Progression;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary><c>status</c> as text.</summary>
internal static class StatusText
{
    public static void Write(TextWriter output, CoupleView view, GameCatalog catalog)
    {
        PlayerState me = view.State.Me;
        output.WriteLine($"{Strip(view.Me.Name)} ({view.Me.Handle}) · level {me.Level.Level} · {me.TotalXp} XP · {me.Level.XpIntoLevel}/{me.Level.XpForNextLevel} XP to level {me.Level.Level + 1}");
        string today = me.CheckedInToday ? "checked in ✓" : "not checked in yet";
        output.WriteLine($"Game day: {Humane.LongDay(view.AsOf)} ({view.Me.TimeZoneId}, day starts {view.Me.DayStartHour:00}:00) · {today}");
        output.WriteLine($"Streak: {Humane.Days(me.Streak.Current)} · longest {me.Streak.Longest} · freezes {me.Streak.Freezes}");
        output.WriteLine(TrainingWeekText.Plan(me));
        if (view.State.Coop is { } coop && view.Partner is { } partner)
        {
            string name = Strip(partner.Name);
            output.WriteLine($"Co-op with {name}: {Humane.Days(coop.Current)} · longest {coop.Longest} · freezes {coop.Freezes} · today: you {Tick(coop.MeToday)}, {name} {Tick(coop.PartnerToday)}");
        }

        if (view.State.Duel is { } duel && view.Partner is { } rival)
        {
            string name = Strip(rival.Name);
            output.WriteLine($"Duel {duel.ThisWeek.Week}: you {duel.ThisWeek.MyXp} XP, {name} {duel.ThisWeek.PartnerXp} XP · crowns: you {duel.MyCrowns}, {name} {duel.PartnerCrowns}");
            if (duel.Deciding is { } deciding)
            {
                output.WriteLine(Deciding(deciding, name));
            }

            if (view.State.Boss is { } boss)
            {
                output.WriteLine(TrainingWeekText.Boss(boss));
            }
        }

        output.WriteLine("Ladders:");
        foreach (LadderState l in me.Ladders)
        {
            output.WriteLine($"  {l.Id,-16} open to {l.Unlocked}/{l.TopLevel} · suggested {l.Suggested} · {Progress(l)}{Flags(l)}");
        }

        if (me.Achievements.Count > 0)
        {
            output.WriteLine("Achievements: " + string.Join(", ", me.Achievements.Select(a => $"{a.Title} ({Humane.Day(a.Day, view.AsOf)})")));
        }

        foreach (string advice in me.Ladders.SelectMany(l => PainAdvice.ForLadder(l, catalog)))
        {
            output.WriteLine($"Pain guard: {advice}");
        }
    }

    /// <summary>Last week, while the partner's Sunday is still running: its crowns are not given yet.</summary>
    public static string Deciding(Core.Rules.Duel.DuelWeek week, string partner) =>
        $"Duel {week.Week}: you {week.MyXp} XP, {partner} {week.PartnerXp} XP — crowned when {partner}'s Sunday is over";

    public static string Progress(LadderState l) =>
        l.Unlocked >= l.TopLevel ? "top level" : $"{l.Qualifying} of {l.Needed} qualifying";

    private static string Flags(LadderState l) =>
        (l.CoolingDown ? " · cooling down" : "") + (l.Holding ? " · holding" : "") + (l.PainRising ? " · pain rising" : "");

    private static string Tick(bool done) => done ? "✓" : "not yet";
}
