using StrengthQuest.Tui.Text;

namespace StrengthQuest.Tests.Tui;

public class TextWrapTests
{
    [Fact]
    public void A_long_line_wraps_at_spaces_and_keeps_its_indent_and_bullet()
    {
        Assert.Equal(["  · one two", "    three four", "    five"], TextWrap.Rows("  · one two three four five", 14));
        Assert.Equal(["short"], TextWrap.Rows("short", 14));
        Assert.Equal(["Pain guard:", "stop for", "today."], TextWrap.Rows("Pain guard: stop for today.", 11));
    }

    [Fact]
    public void A_hanging_indent_puts_the_rows_after_the_first_under_a_column()
    {
        Assert.Equal(["  r     a pain-rest", "        day protects"], TextWrap.Rows("  r     a pain-rest day protects", 20, 8));
    }

    [Fact]
    public void A_word_wider_than_a_row_is_broken_and_nothing_is_lost()
    {
        string[] rows = [.. TextWrap.Rows("ab " + new string('x', 25) + " cd", 10)];
        Assert.All(rows, r => Assert.True(r.Length <= 10, r));
        Assert.Equal("ab" + new string('x', 25) + "cd", string.Concat(rows).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Wide_glyphs_count_two_columns()
    {
        string[] rows = [.. TextWrap.Rows("🔥🔥🔥 🔥🔥🔥", 7)];
        Assert.Equal(["🔥🔥🔥", "🔥🔥🔥"], rows);
        Assert.All(TextWrap.Rows(new string('界', 9), 4), r => Assert.True(Names.Columns(r) <= 4, r));
    }

    [Fact]
    public void Names_give_way_to_the_rest_of_the_line()
    {
        Assert.Equal("Sam ✓ today", Names.Fit(n => $"{n} ✓ today", "Sam", 20));
        Assert.Equal("Alexandr… ✓ today", Names.Fit(n => $"{n} ✓ today", "Alexandria Ocasio", 17));
        Assert.Equal("ab…", Names.Cut("abcdef", 3));
        Assert.Equal("界…", Names.Cut("界界界", 4));
    }
}
