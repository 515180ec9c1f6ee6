using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// Two front ends whose clocks disagree (each command here runs at the time given): a check-in made
/// through the one running behind must not be put before the day's earlier check-ins, which would
/// push one of them out of the sessions that earn XP and report negative XP.
/// </summary>
public class ClockSkewTests
{
    [Theory, OnSqlite, OnPostgres]
    public void A_check_in_from_a_clock_behind_comes_after_the_days_earlier_check_ins(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple("2026-11-24T10:00:05Z", engine: engine);
        int first = Json.Parse(cli.Run("log", "--player", "alex", "--json", "tibialis-raise=20,20")).Int("xp");
        int second = Json.Parse(cli.Run("log", "--player", "alex", "--json", "calf-raise=20,20")).Int("xp");
        int before = Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("xp");
        Assert.True(first > 0 && second > 0, $"{first}, {second}");

        cli.Now = "2026-11-24T10:00:00Z";
        int third = Json.Parse(cli.Run("log", "--player", "alex", "--json", "tibialis-raise=2,2")).Int("xp");

        Assert.Equal(0, third);
        Assert.Equal(before, Json.Parse(cli.Run("status", "--player", "alex", "--json")).Int("xp"));
        Assert.Equal(first + second, before);
    }
}
