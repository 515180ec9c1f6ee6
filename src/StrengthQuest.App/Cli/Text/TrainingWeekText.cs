using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Boss;

namespace StrengthQuest.Cli.Text;

/// <summary>The training week in words, shared by the CLI and the screens: the plan, a rest day, the boss.</summary>
public static class TrainingWeekText
{
    public const string RestDay = "Rest day — a short mobility flow if you like";

    public static string Plan(PlayerState me) =>
        $"Plan: {string.Join(", ", me.Plan.Names)} · today is {(me.TodayIsTrainingDay ? "a training day" : "a rest day")}";

    /// <summary>"Boss of 2026-W48: The Stair Troll · 120 of 150 HP · beaten!"</summary>
    public static string Boss(BossWeek boss) =>
        $"Boss of {boss.Week}: {Core.Text.SafeText.Strip(boss.Boss.Name)} · {Math.Min(boss.Damage, boss.Hp)} of {boss.Hp} HP{(boss.Beaten ? " · beaten!" : "")}";

    /// <summary>An HP bar: what is left of the boss, in block characters.</summary>
    public static string HpBar(BossWeek boss, int width)
    {
        int left = boss.Hp <= 0 ? 0 : Math.Clamp((int)Math.Round((double)(boss.Hp - boss.Damage) * width / boss.Hp), 0, width);
        return new string('█', left) + new string('░', width - left);
    }
}
