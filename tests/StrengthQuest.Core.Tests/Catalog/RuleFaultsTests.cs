using System.Reflection;
using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Tests.Catalog;

public class RuleFaultsTests
{
    [Fact]
    public void The_shipped_defaults_are_all_in_range() => Assert.Empty(RuleFaults.Find(new GameRules()));

    /// <summary>Every rule number, including any added later, must have a range: an absurd value of each is named.</summary>
    [Fact]
    public void Every_rule_number_has_a_range()
    {
        List<string> missing = [];
        foreach ((string prefix, Func<GameRules, object> owner) in new (string, Func<GameRules, object>)[] { ("", r => r), ("levelCurve.", r => r.LevelCurve), ("quest.", r => r.Quest), ("host.", r => r.Host) })
        {
            foreach (PropertyInfo property in owner(new GameRules()).GetType().GetProperties().Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(double)))
            {
                GameRules rules = new() { LevelCurve = new LevelCurveRules(), Quest = new QuestRules(), Host = new HostRules() };
                property.SetValue(owner(rules), property.PropertyType == typeof(int) ? (object)(-1_000_000) : -1e6);
                string name = $"rules.{prefix}{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}";
                if (!RuleFaults.Find(rules).Any(f => f.StartsWith(name + " is", StringComparison.Ordinal)))
                {
                    missing.Add(name);
                }
            }
        }

        Assert.Empty(missing);
    }
}
