using StrengthQuest.Cli.Text;

namespace StrengthQuest.Tests.Cli;

public class HumaneTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "now")]
    [InlineData(30, "now")]
    [InlineData(59, "now")]
    [InlineData(-20, "now")]
    [InlineData(61, "a minute ago")]
    [InlineData(5 * 60, "5 minutes ago")]
    [InlineData(2 * 3600, "2 hours ago")]
    [InlineData(26 * 3600, "yesterday")]
    public void Times_ago_are_to_the_minute(int secondsAgo, string expected) =>
        Assert.Equal(expected, Humane.Ago(Now.AddSeconds(-secondsAgo), Now));
}
