namespace StrengthQuest.Core.Players;

/// <summary>
/// The weekdays a player trains, by their game days. A weekday outside the plan is a planned rest
/// day: it bridges the streaks, and its quest is a short mobility flow.
/// </summary>
public sealed record TrainingPlan
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly int _mask;

    private TrainingPlan(int mask) => _mask = mask;

    public static TrainingPlan Daily { get; } = new(0x7F);

    /// <summary>The presets offered: 3 days (the recommended start), 4, 5 or every day.</summary>
    public static IReadOnlyList<(string Name, TrainingPlan Plan)> Presets { get; } =
    [
        ("3", Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday)),
        ("4", Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday)),
        ("5", Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday)),
        ("daily", Daily),
    ];

    public const string Recommended = "3";

    public IReadOnlyList<DayOfWeek> Days => [.. Week.Where(IsTrainingDay)];

    /// <summary>Three-letter names, Monday first: "mon,wed,fri".</summary>
    public IReadOnlyList<string> Names => [.. Days.Select(Name)];

    public int DaysPerWeek => Days.Count;

    public static TrainingPlan Of(params DayOfWeek[] days) => new(days.Aggregate(0, (mask, d) => mask | (1 << (int)d)));

    public bool IsTrainingDay(DayOfWeek day) => (_mask & (1 << (int)day)) != 0;

    public bool IsTrainingDay(DateOnly day) => IsTrainingDay(day.DayOfWeek);

    public override string ToString() => string.Join(',', Names);

    /// <summary>Reads "mon,wed,fri", or a preset ("3", "4", "5", "daily"); null with a sentence when it is neither.</summary>
    public static TrainingPlan? Parse(string? text, out string? problem)
    {
        problem = null;
        string trimmed = text?.Trim().ToLowerInvariant() ?? "";
        if (Presets.FirstOrDefault(p => p.Name == trimmed) is { Plan: { } preset })
        {
            return preset;
        }

        List<DayOfWeek> days = [];
        foreach (string part in trimmed.Split(',', StringSplitOptions.TrimEntries))
        {
            int index = Array.FindIndex(Week, d => Name(d) == part || d.ToString().Equals(part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                problem = $"\"{text}\" is not a training plan: give weekdays like mon,wed,fri, or 3, 4, 5 or daily.";
                return null;
            }

            days.Add(Week[index]);
        }

        return days.Count == 0 ? null : Of([.. days]);
    }

    public static string Name(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();
}

/// <summary>A plan in effect from a game day on (a change applies from the next game day).</summary>
public sealed record PlanChange(DateOnly From, TrainingPlan Plan);
