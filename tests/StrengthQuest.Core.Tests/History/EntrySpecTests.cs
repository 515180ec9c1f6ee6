using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Tests.History;

public class EntrySpecTests
{
    [Fact]
    public void The_full_form_carries_level_sets_load_and_pain()
    {
        EntrySpec spec = EntrySpec.Parse("atg-split-squat:3=8,8,8,8@10/2", out string? problem)!;
        Assert.Null(problem);
        Assert.Equal("atg-split-squat", spec.Ladder);
        Assert.Equal(3, spec.Level);
        Assert.Equal(2, spec.Pain);
        Assert.Equal([new SetDone(8, 10m), new SetDone(8, 10m), new SetDone(8, 10m), new SetDone(8, 10m)], spec.Sets);
    }

    [Fact]
    public void Level_load_and_pain_are_optional()
    {
        EntrySpec spec = EntrySpec.Parse("tibialis-raise=20,18", out _)!;
        Assert.Null(spec.Level);
        Assert.Null(spec.Pain);
        Assert.Equal([new SetDone(20), new SetDone(18)], spec.Sets);
    }

    [Theory]
    [InlineData("tibialis-raise", "not an entry")]
    [InlineData("tibialis-raise=", "not an entry")]
    [InlineData("=20", "not an entry")]
    [InlineData("tibialis-raise:x=20", "not a level")]
    [InlineData("tibialis-raise:0=20", "not a level")]
    [InlineData("tibialis-raise=20,,20", "not an amount")]
    [InlineData("tibialis-raise=-5", "not an amount")]
    [InlineData("tibialis-raise=0", "not an amount")]
    [InlineData("tibialis-raise=20/11", "not a pain score")]
    [InlineData("tibialis-raise=20/x", "not a pain score")]
    [InlineData("tibialis-raise=20@heavy", "not a load")]
    public void Malformed_entries_say_what_is_wrong(string text, string expected)
    {
        Assert.Null(EntrySpec.Parse(text, out string? problem));
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("tibialis-raise=100001", true, "over the maximum of 100,000 for one set")]
    [InlineData("tibialis-raise=20@1001", true, "over the maximum load of 1,000 kg")]
    [InlineData("tibialis-raise=20/11", true, "from 0 to 10")]
    [InlineData("tibialis-raise=-5", true, "above 0")]
    [InlineData("tibialis-raise:0=20", true, "from 1")]
    [InlineData("tibialis-raise=20/x", false, "not a pain score")]
    [InlineData("tibialis-raise=2O", false, "not an amount")]
    [InlineData("tibialis-raise=20@-", false, "not a load")]
    public void A_number_out_of_range_is_told_from_text_that_is_not_a_number(string text, bool outOfRange, string expected)
    {
        Assert.Null(EntrySpec.Parse(text, out string? problem, out bool range));
        Assert.Equal(outOfRange, range);
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("8@10,8@12.5,6")]
    [InlineData("300")]
    public void Set_lists_round_trip(string text)
    {
        IReadOnlyList<SetDone> sets = SetList.Parse(text)!;
        Assert.Equal(text, SetList.Format(sets));
    }
}
