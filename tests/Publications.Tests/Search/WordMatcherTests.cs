using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>Which words of a paper's text a query marks (the detail page's <c>?q=</c>).</summary>
public sealed class WordMatcherTests : IDisposable
{
    private readonly PublicationIndex _index = TestIndexes.FromAbstracts(2024, "A distinct distillation paper.");

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("distill", "distillation", true)]
    [InlineData("distill", "distill", true)]
    [InlineData("distill", "Distilled", true)]
    [InlineData("distill", "distinct", false)]
    [InlineData("bench*", "benchmarks", true)]
    [InlineData("bench*", "Bench", true)]
    [InlineData("bench*", "bend", false)]
    [InlineData("router", "LLMRouterBench", true)]
    [InlineData("\"tree search\"", "search", true)]
    [InlineData("SDAR’s", "SDAR's", true)]
    [InlineData("naive", "naïve", true)]
    public void Word_matches_by_stem_or_prefix(string query, string word, bool expected) =>
        Assert.Equal(expected, _index.WordMatcher(query).Matches(word));

    [Theory]
    [InlineData("diffusion -vision", "vision")]
    [InlineData("diffusion NOT vision", "vision")]
    [InlineData("diffusion -(vision OR language)", "language")]
    [InlineData("year:2024 diffusion", "2024")]
    [InlineData("the diffusion", "the")]
    public void Excluded_words_years_and_stop_words_never_match(string query, string word)
    {
        var matcher = _index.WordMatcher(query);

        Assert.False(matcher.Matches(word));
        Assert.True(matcher.Matches("diffusion"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-vision")]
    [InlineData("year:2024")]
    public void Query_without_positive_words_matches_nothing(string? query)
    {
        var matcher = _index.WordMatcher(query);

        Assert.True(matcher.IsEmpty);
        Assert.False(matcher.Matches("vision"));
    }

    [Fact]
    public void Unreadable_query_is_matched_as_plain_words()
    {
        var matcher = _index.WordMatcher("(distill \"open");

        Assert.True(matcher.Matches("distillation"));
        Assert.True(matcher.Matches("open"));
    }
}
