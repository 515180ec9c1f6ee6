using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Rules.Doors;

namespace StrengthQuest.Core.Tests.Rules.Doors;

public class CodeTriesTests
{
    private static readonly HostRules Rules = new();
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Two_wrong_codes_in_a_minute_are_allowed_the_third_try_waits()
    {
        Assert.Null(CodeTries.Problem([], Rules.WrongCodesAllowed, Now, Rules));
        Assert.Null(CodeTries.Problem([Now.AddSeconds(-5)], Rules.WrongCodesAllowed, Now, Rules));
        string? third = CodeTries.Problem([Now.AddSeconds(-20), Now.AddSeconds(-5)], Rules.WrongCodesAllowed, Now, Rules);
        Assert.Equal("Too many wrong codes in a row: wait 40 seconds, then try again.", third);
    }

    [Fact]
    public void Once_the_older_wrong_code_leaves_the_window_a_try_is_checked_again()
    {
        DateTimeOffset[] wrong = [Now.AddSeconds(-60), Now.AddSeconds(-5)];
        Assert.Null(CodeTries.Problem(wrong, Rules.WrongCodesAllowed, Now, Rules));
        Assert.NotNull(CodeTries.Problem(wrong, Rules.WrongCodesAllowed, Now.AddSeconds(-1), Rules));
    }

    [Fact]
    public void The_numbers_come_from_the_rules()
    {
        HostRules strict = new() { WrongCodesAllowed = 1, WrongCodesWindowSeconds = 300 };
        string? problem = CodeTries.Problem([Now.AddSeconds(-100)], strict.WrongCodesAllowed, Now, strict);
        Assert.Equal("Too many wrong codes in a row: wait 200 seconds, then try again.", problem);
    }
}
