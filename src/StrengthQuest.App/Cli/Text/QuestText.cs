using StrengthQuest.Core.Rules.Quest;

namespace StrengthQuest.Cli.Text;

/// <summary><c>quest</c> as text.</summary>
internal static class QuestText
{
    /// <summary>The quest, ending with the command that logs it as proposed (<paramref name="log"/> runs <c>log</c> for the player).</summary>
    public static void Write(TextWriter output, QuestPlan plan, string log)
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

        output.WriteLine($"Log it with: {log} {string.Join(' ', plan.Items.Select(Entry))}");
    }

    /// <summary>"tibialis-raise:2=25,25": the item's ladder and level with every set at its target.</summary>
    private static string Entry(QuestItem item) =>
        $"{item.Ladder.Id}:{item.Level.Number}={string.Join(',', Enumerable.Repeat(item.Level.Amount, item.Level.Sets))}";
}
