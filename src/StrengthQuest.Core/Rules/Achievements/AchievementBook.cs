namespace StrengthQuest.Core.Rules.Achievements;

/// <summary>The achievements a player has earned, each once, in the order earned.</summary>
public sealed class AchievementBook
{
    private readonly List<EarnedAchievement> _earned = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<EarnedAchievement> Earned => _earned;

    public bool Has(Achievement achievement) => _ids.Contains(achievement.Id);

    public void Restore(IEnumerable<EarnedAchievement> earned)
    {
        foreach (EarnedAchievement a in earned)
        {
            if (_ids.Add(a.Id))
            {
                _earned.Add(a);
            }
        }
    }

    public void Earn(Achievement achievement, DateOnly day)
    {
        if (_ids.Add(achievement.Id))
        {
            _earned.Add(new EarnedAchievement(achievement.Id, day));
        }
    }

    public void EarnWhen(bool condition, Achievement achievement, DateOnly day)
    {
        if (condition)
        {
            Earn(achievement, day);
        }
    }
}
