using StrengthQuest.Core.Rules.Quest;

namespace StrengthQuest.Cli.Text;

/// <summary><c>quest</c> as text.</summary>
internal static class QuestText
{
    public static void Write(TextWriter output, QuestPlan plan)
    {
        if (plan.Mobility)
        {
            output.WriteLine($"{TrainingWeekText.RestDay}.");
        }

        output.WriteLine($"Today's {(plan.Mobility ? "mobility flow" : "quest")} ({Humane.LongDay(plan.Day)}): {Humane.Count(plan.Items.Count, "exercise")}, about {plan.Minutes} minutes.");
        int n = 1;
        foreach (QuestItem item in plan.Items)
        {
            string warm = item.WarmUp ? " (warm-up)" : "";
            output.WriteLine($"{n++}. {item.Ladder.Name}{warm} — level {item.Level.Number}, {item.Level.Name}: {item.Level.Target} (~{QuestEstimate.Minutes(item.Seconds)} min)");
            foreach (string cue in item.Level.Cues)
            {
                output.WriteLine($"     · {cue}");
            }

            if (item.Ladder.Safety is { } safety)
            {
                output.WriteLine($"     ! {safety}");
            }
        }

        output.WriteLine($"Log it with: strengthquest log --player HANDLE {string.Join(' ', plan.Items.Select(i => $"{i.Ladder.Id}={string.Join(',', Enumerable.Repeat(i.Level.Amount, i.Level.Sets))}"))}");
    }
}
