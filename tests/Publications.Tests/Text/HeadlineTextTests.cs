using System.Text.RegularExpressions;
using Publications.Text;

namespace Publications.Tests.Text;

public sealed class HeadlineTextTests
{
    /// <summary>Every character <c>\s</c> matches: what Collapse must fold, each one on its own.</summary>
    public static TheoryData<char> WhiteSpace => [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => Regex.IsMatch(c.ToString(), @"^\s$"))];

    [Theory]
    [MemberData(nameof(WhiteSpace))]
    public void Every_kind_of_white_space_collapses_to_one_space(char space)
    {
        Assert.Equal("a b", HeadlineText.Collapse($"a{space}b"));
        Assert.Equal("a b", HeadlineText.Collapse($"a {space}b"));
        Assert.Equal("a b", HeadlineText.Collapse($"{space}a{space}{space}b{space}"));
    }

    [Theory]
    [InlineData("Already single spaced.", "Already single spaced.")]
    [InlineData("  Leading and trailing  ", "Leading and trailing")]
    [InlineData("Double  space", "Double space")]
    [InlineData("", "")]
    public void Collapse_matches_the_regex_it_stands_in_for(string text, string expected)
    {
        Assert.Equal(expected, HeadlineText.Collapse(text));
        Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), HeadlineText.Collapse(text));
    }
}
