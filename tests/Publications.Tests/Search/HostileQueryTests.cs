using System.Text;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>Inputs built to trip Lucene's traps and our caps (DESIGN §4): none may throw.</summary>
public sealed class HostileQueryTests
{
    private static PublicationIndex Small() => TestIndexes.FromAbstracts(2024,
        "Alpha beta gamma delta.", "Beta gamma epsilon (nested) words.");

    [Fact]
    public void Five_thousand_nested_parentheses_are_read_as_plain_words()
    {
        using var index = Small();
        var results = index.Search(new string('(', 5_000) + "alpha" + new string(')', 5_000));
        Assert.True(results.ReadAsPlainWords);
        Assert.NotNull(results.Notice);
    }

    [Fact]
    public void Nesting_within_the_cap_is_read_as_written()
    {
        using var index = Small();
        var depth = SearchLimits.MaxDepth;
        var results = index.Search(new string('(', depth) + "alpha" + new string(')', depth));
        Assert.False(results.ReadAsPlainWords);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Nesting_one_past_the_cap_names_the_reason()
    {
        using var index = Small();
        var depth = SearchLimits.MaxDepth + 1;
        var results = index.Search(new string('(', depth) + "alpha" + new string(')', depth));
        Assert.True(results.ReadAsPlainWords);
        Assert.Contains("nested", results.Notice, StringComparison.Ordinal);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Thousand_and_twenty_five_distinct_words_are_cut_with_a_notice()
    {
        using var index = Small();
        var words = string.Join(' ', Enumerable.Range(0, 1_025).Select(i => $"w{i}"));
        var results = index.Search(words);
        Assert.Equal(0, results.Total);
        Assert.Contains("longer than 1,000 characters", results.Notice, StringComparison.Ordinal);
        Assert.Contains($"first {SearchLimits.MaxTerms} words", results.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_past_the_term_cap_are_ignored()
    {
        using var index = Small();
        var query = string.Join(' ', Enumerable.Repeat("alpha", SearchLimits.MaxTerms)) + " nonexistent";
        var results = index.Search(query);
        Assert.Equal(1, results.Total);
        Assert.Contains($"first {SearchLimits.MaxTerms} words", results.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_query_is_cut_and_the_start_is_searched()
    {
        using var index = Small();
        var results = index.Search("alpha " + new string('x', 2_000));
        Assert.Equal(1, results.Total);
        Assert.Contains("longer than", results.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/(/")]
    [InlineData("/[ab]*a[ab]{20}/")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("()")]
    [InlineData(")(")]
    [InlineData("year:")]
    [InlineData("year:99999")]
    [InlineData("a:b:c")]
    [InlineData("\\")]
    [InlineData("alpha~2 beta^3 {x TO y} [a TO b]")]
    [InlineData("\ud800 alpha")]
    [InlineData("alpha \udc00")]
    [InlineData("\0\u0007\u001b")]
    [InlineData("-(-(-alpha))")]
    [InlineData("alpha OR -beta")]
    public void Odd_queries_never_throw(string query)
    {
        using var index = Small();
        var results = index.Search(query);
        Assert.True(results.Total >= 0);
        Assert.True(results.Hits.Count <= results.Total);
        Assert.True(index.Search(new SearchRequest(query, Exact: true)).Total >= 0);
        Assert.False(index.WordMatcher(query).Matches("zeta"));
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        using var index = Small();
        var random = new Random(20_240_601);
        for (var round = 0; round < 20; round++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 10_000; i++)
            {
                text.Append((char)random.Next(0, 0x10000));
            }
            var results = index.Search(text.ToString());
            Assert.True(results.Total >= 0);
            Assert.False(index.WordMatcher(text.ToString()).Matches("zeta"));
        }
    }

    [Fact]
    public void Many_long_misspelt_words_are_corrected_within_the_caps()
    {
        using var index = Small();
        var words = Enumerable.Range(0, 2 * SearchLimits.MaxTerms).Select(i => "alpah" + new string('x', i));
        var results = index.Search(string.Join(' ', words) + " " + new string('q', 5_000));

        Assert.Equal(0, results.Total);
        Assert.NotNull(results.Notice);
    }

    [Fact]
    public void Corrections_matchers_and_related_papers_run_in_parallel()
    {
        using var index = Small();
        var paper = index.Search("alpha").Hits[0].Publication;
        var outcomes = new bool[64];
        Parallel.For(0, outcomes.Length, i => outcomes[i] =
            index.Search("alpah").Correction is { Applied: true }
            && index.WordMatcher("alpha").Matches("Alpha")
            && !index.Related(paper).Contains(paper));
        Assert.All(outcomes, Assert.True);
    }

    [Fact]
    public void Random_query_syntax_never_throws()
    {
        using var index = Small();
        string[] pieces = ["alpha", "beta", "(", ")", "\"", "OR", "NOT", "-", "*", "al*", "year:2024", "year:x", "/", ":", " "];
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(2) == 0 ? " " : "")));
            var results = index.Search(query);
            Assert.True(results.Total >= 0, query);
        }
    }

    [Fact]
    public void Control_characters_make_the_query_plain_words()
    {
        using var index = Small();
        var results = index.Search("alpha\u0000beta");
        Assert.True(results.ReadAsPlainWords);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Lone_surrogate_makes_the_query_plain_words()
    {
        using var index = Small();
        var results = index.Search("alpha\ud800");
        Assert.True(results.ReadAsPlainWords);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Searches_run_in_parallel()
    {
        using var index = Small();
        var totals = new int[64];
        Parallel.For(0, totals.Length, i => totals[i] = index.Search(i % 2 == 0 ? "beta" : "alpha OR epsilon").Total);
        Assert.All(totals, t => Assert.Equal(2, t));
    }

    [Fact]
    public void Owner_only_list_finds_nothing()
    {
        using var index = TestIndexes.FromText("Owner\n");
        Assert.Equal(0, index.Count);
        Assert.Equal(0, index.Search("anything").Total);
        Assert.Equal(0, index.Search("-anything").Total);
    }
}
