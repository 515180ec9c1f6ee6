using StrengthQuest.Core.Text;

namespace StrengthQuest.Core.Tests.Text;

public class SafeTextTests
{
    [Theory]
    [InlineData("Sam", "Sam")]
    [InlineData("Sam\u001b[2J\u001b]0;pwned\u0007", "Sam[2J]0;pwned")]
    [InlineData("a\rb\tc\u007f\u009bd", "abcd")]
    [InlineData("left\u202Eright", "leftright")]
    [InlineData("one\u2028two\u2029three", "onetwothree")]
    [InlineData("Zoë 🏋", "Zoë 🏋")]
    [InlineData(null, "")]
    public void Control_characters_never_reach_the_terminal(string? input, string expected)
    {
        string clean = SafeText.Strip(input);
        Assert.Equal(expected, clean);
        Assert.False(SafeText.HasControl(clean));
    }
}
