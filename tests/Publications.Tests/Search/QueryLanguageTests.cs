using Publications.Search;

namespace Publications.Tests.Search;

public sealed class QueryLanguageTests
{
    private static PublicationIndex Animals() => TestIndexes.FromAbstracts(2024,
        "The quick brown fox jumps over the lazy dog.",
        "A brown dog sleeps in the quick river.",
        "Cats watch the fox from the tree.",
        "Whales sing in the deep ocean near SDAR-VL buoys.");

    [Fact]
    public void All_words_are_required()
    {
        using var index = Animals();
        var results = index.Search("brown dog");
        Assert.Equal(2, results.Total);
        Assert.Equal(0, index.Search("fox whales").Total);
    }

    [Fact]
    public void Quoted_phrase_requires_adjacent_words()
    {
        using var index = Animals();
        var results = index.Search("\"brown dog\"");
        Assert.Contains("A brown dog", results.Only().Abstract, StringComparison.Ordinal);
        Assert.Equal(2, index.Search("brown dog").Total);
    }

    [Fact]
    public void Typographic_quotes_make_a_phrase_too()
    {
        using var index = Animals();
        Assert.Equal(1, index.Search("“brown dog”").Total);
    }

    [Fact]
    public void Or_matches_either_word()
    {
        using var index = Animals();
        var results = index.Search("whales OR cats");
        Assert.Equal(2, results.Total);
        Assert.False(results.ReadAsPlainWords);
    }

    [Fact]
    public void Or_binds_tighter_than_the_implicit_and()
    {
        using var index = Animals();
        // (whales OR cats) AND fox
        Assert.Contains("Cats watch", index.Search("whales OR cats fox").Only().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Minus_and_not_exclude_a_word()
    {
        using var index = Animals();
        Assert.Contains("sleeps", index.Search("dog -fox").Only().Abstract, StringComparison.Ordinal);
        Assert.Contains("sleeps", index.Search("dog NOT fox").Only().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Minus_excludes_a_phrase()
    {
        using var index = Animals();
        Assert.Contains("sleeps", index.Search("dog -\"brown fox\"").Only().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_exclusions_match_everything_else()
    {
        using var index = Animals();
        var results = index.Search("-fox");
        Assert.Equal(2, results.Total);
        Assert.DoesNotContain(results.Abstracts(), a => a.Contains("fox", StringComparison.Ordinal));
    }

    [Fact]
    public void Prefix_matches_unstemmed_word_starts()
    {
        using var index = Animals();
        Assert.Equal(2, index.Search("sle* OR whal*").Total);
        Assert.Contains("Whales", index.Search("whal*").Only().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_with_hyphen_is_a_phrase_of_its_parts()
    {
        using var index = Animals();
        Assert.Contains("Whales", index.Search("SDAR-VL").Only().Abstract, StringComparison.Ordinal);
        Assert.Equal(0, index.Search("VL-SDAR").Total);
    }

    [Fact]
    public void Parentheses_group_alternatives()
    {
        using var index = Animals();
        Assert.Equal(2, index.Search("(whales OR cats) -dog").Total);
        Assert.Contains("sleeps", index.Search("dog -(fox OR whales)").Only().Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_words_alone_search_nothing_and_say_so()
    {
        using var index = Animals();
        var results = index.Search("the of");
        Assert.Equal(0, results.Total);
        Assert.NotNull(results.Notice);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_query_finds_nothing(string? query)
    {
        using var index = Animals();
        var results = index.Search(query);
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Empty(results.YearCounts);
        Assert.Null(results.Notice);
    }

    [Fact]
    public void Year_filter_and_range_match_years()
    {
        using var index = TestIndexes.FromText("Owner\n\n2025\nalpha one\n\n2024\nalpha two\nbeta\n\n2023\nalpha three\n");
        Assert.Equal(2, index.Search("year:2024").Total);
        Assert.Equal(2, index.Search("alpha year:2024..2025").Total);
        Assert.Equal(2, index.Search("alpha year:2025..2024").Total);
        Assert.Equal([(2023, 1)], index.Search("alpha -year:2024..2025").Positions());
    }

    [Theory]
    [InlineData("\"unclosed brown", "unclosed brown")]
    [InlineData("brown OR", "brown")]
    [InlineData("OR brown", "brown")]
    [InlineData("brown -", "brown")]
    [InlineData("brown NOT", "brown")]
    [InlineData("(((brown", "brown")]
    [InlineData("brown))", "brown")]
    [InlineData("year:abcd brown", "year abcd brown")]
    [InlineData("* brown", "brown")]
    [InlineData("b* brown", "b brown")]
    [InlineData("br*wn", "br wn")]
    [InlineData("/(/", null)]
    [InlineData("/[ab]*a[ab]{20}/", "ab a ab 20")]
    [InlineData("brown\u0001dog", "brown dog")]
    public void Unreadable_query_is_searched_as_plain_words(string query, string? words)
    {
        using var index = Animals();
        var results = index.Search(query);
        Assert.True(results.ReadAsPlainWords);
        Assert.NotNull(results.Notice);
        Assert.StartsWith("Your query couldn't be read as written", results.Notice, StringComparison.Ordinal);
        if (words is not null)
        {
            Assert.EndsWith("searched as plain words: " + words, results.Notice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plain_words_fallback_still_requires_every_word()
    {
        using var index = Animals();
        var results = index.Search("brown dog (");
        Assert.True(results.ReadAsPlainWords);
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public void Readable_query_has_no_notice()
    {
        using var index = Animals();
        var results = index.Search("(brown OR cats) -\"lazy dog\" fox* year:2024");
        Assert.False(results.ReadAsPlainWords);
        Assert.Null(results.Notice);
    }
}
