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

public class HumaneCountTests
{
    [Theory]
    [InlineData(0, "exercise", "0 exercises")]
    [InlineData(1, "exercise", "1 exercise")]
    [InlineData(2, "pain-rest day", "2 pain-rest days")]
    [InlineData(1, "co-op day", "1 co-op day")]
    [InlineData(7, "freeze", "7 freezes")]
    public void Counts_agree_with_the_noun(int count, string noun, string expected) => Assert.Equal(expected, Humane.Count(count, noun));

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(102, "102nd")]
    [InlineData(111, "111th")]
    public void Ordinals_are_english(int number, string expected) => Assert.Equal(expected, Humane.Ordinal(number));
}
