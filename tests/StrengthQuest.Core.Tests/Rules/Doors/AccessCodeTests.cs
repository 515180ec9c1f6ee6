using StrengthQuest.Core.Rules.Doors;

namespace StrengthQuest.Core.Tests.Rules.Doors;

public class AccessCodeTests
{
    [Theory]
    [InlineData("ABCD-EFGH", "ABCDEFGH")]
    [InlineData("abcd efgh", "ABCDEFGH")]
    [InlineData(" a b c d - e f g h ", "ABCDEFGH")]
    [InlineData("K7M2-Q9Z3", "K7M2Q9Z3")]
    public void A_code_reads_back_whatever_the_case_spaces_or_dashes(string typed, string code) =>
        Assert.Equal(code, AccessCode.Normalize(typed, 8));

    [Theory]
    [InlineData("")]
    [InlineData("ABCD-EFG")]
    [InlineData("ABCD-EFGHJ")]
    [InlineData("ABCD-EFGI")] // I is not in the alphabet: it reads like 1
    [InlineData("ABCD-EF0H")]
    [InlineData("ABCD;rm -rf /")]
    [InlineData("ÄBCD-EFGH")]
    public void Anything_else_is_no_code(string typed) => Assert.Null(AccessCode.Normalize(typed, 8));

    [Fact]
    public void A_very_long_paste_is_refused_before_it_is_read() => Assert.Null(AccessCode.Normalize(new string('-', 100_000) + "ABCDEFGH", 8));

    [Fact]
    public void Codes_show_in_two_halves() => Assert.Equal("ABCD-EFGH", AccessCode.Show("ABCDEFGH"));

    [Fact]
    public void The_alphabet_has_no_look_alikes()
    {
        Assert.DoesNotContain('I', AccessCode.Alphabet);
        Assert.DoesNotContain('L', AccessCode.Alphabet);
        Assert.DoesNotContain('O', AccessCode.Alphabet);
        Assert.DoesNotContain('0', AccessCode.Alphabet);
        Assert.DoesNotContain('1', AccessCode.Alphabet);
        Assert.Equal(AccessCode.Alphabet.Length, AccessCode.Alphabet.Distinct().Count());
    }
}
