using StrengthQuest.Core.Players;

namespace StrengthQuest.Core.Tests.Players;

public class PlayerRulesTests
{
    [Theory]
    [InlineData("alex", true)]
    [InlineData("a", true)]
    [InlineData("sam-2", true)]
    [InlineData("abcdefghijklmnopqrstuvwx", true)]
    [InlineData("abcdefghijklmnopqrstuvwxy", false)]
    [InlineData("Alex", false)]
    [InlineData("2sam", false)]
    [InlineData("-sam", false)]
    [InlineData("sam_2", false)]
    [InlineData("", false)]
    public void Handles_follow_the_pattern(string handle, bool valid) => Assert.Equal(valid, Handle.IsValid(handle));

    [Theory]
    [InlineData("Alex", null)]
    [InlineData("Zoë Łukasz-Ørsted", null)]
    [InlineData("", "at least one")]
    [InlineData("   ", "at least one")]
    [InlineData("Al\u001b[31mex", "control characters")]
    [InlineData("Al\nex", "control characters")]
    [InlineData("Evil\u202Eman", "control characters")]
    [InlineData("S\u200Bam", "invisible characters")]
    [InlineData("\uFEFFSam", "invisible characters")]
    [InlineData("Sam\u2060", "invisible characters")]
    [InlineData("\u200B", "invisible characters")]
    [InlineData("Family 👨\u200D👩\u200D👧 ❤\uFE0F", null)]
    [InlineData("0123456789012345678901234567890123456789", null)]
    [InlineData("01234567890123456789012345678901234567890", "at most 40")]
    public void Display_names_are_printable_and_short(string name, string? problem)
    {
        string? actual = DisplayName.Problem(name);
        if (problem is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Contains(problem, actual);
        }
    }
}
