using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>"Did you mean" over the shipped list: suggestions from the index's own unstemmed words.</summary>
public sealed class CorrectionTests : IDisposable
{
    private readonly PublicationIndex _index = TestIndexes.RealList();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("halucination", "hallucination")]
    [InlineData("difusion modles", "diffusion models")]
    [InlineData("Halucination", "Hallucination")]
    [InlineData("\"difusion models\"", "\"diffusion models\"")]
    [InlineData("halucination year:2024", "hallucination year:2024")]
    [InlineData("halucination -distill", "hallucination -distill")]
    [InlineData("difusion OR privasy", "diffusion OR privacy")]
    [InlineData("infer* halucination", "infer* hallucination")]
    public void Misspelt_query_is_corrected_from_index_words_keeping_its_syntax(string query, string expected)
    {
        var results = _index.Search(query);

        Assert.Equal(new Correction(expected, Applied: true), results.Correction);
        Assert.Equal(query, results.Request.Query);
        Assert.Equal(_index.Search(expected).Positions(), results.Positions());
    }

    [Fact]
    public void Suggestion_is_the_unstemmed_word_never_the_stem()
    {
        var correction = _index.Search("halucinations").Correction;

        Assert.NotNull(correction);
        Assert.Equal("hallucinations", correction.Query);
    }

    [Theory]
    [InlineData("qwertyzxcv")]
    [InlineData("zzzz")]
    [InlineData("xylophone")]
    public void Gibberish_gets_no_suggestion_and_no_results(string query)
    {
        var results = _index.Search(query);

        Assert.Equal(0, results.Total);
        Assert.Null(results.Correction);
    }

    [Theory]
    [InlineData("diffusion")]
    [InlineData("language models")]
    [InlineData("hallucination")]
    public void Query_that_finds_papers_gets_no_suggestion(string query) =>
        Assert.Null(_index.Search(query).Correction);

    [Fact]
    public void Few_hits_get_a_suggestion_when_the_correction_finds_many_more()
    {
        // "hallucination" alone finds one paper; "modles" finds none, so the OR finds one.
        var results = _index.Search("hallucination OR modles");

        Assert.Equal(1, results.Total);
        Assert.Equal(new Correction("hallucination OR models", Applied: false), results.Correction);
        Assert.True(_index.Search("hallucination OR models").Total >= 3);
    }

    [Fact]
    public void Exact_request_keeps_the_original_results_but_still_suggests()
    {
        var results = _index.Search(new SearchRequest("halucination", Exact: true));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Equal(new Correction("hallucination", Applied: false), results.Correction);
    }

    [Fact]
    public void Applied_correction_marks_the_corrected_words_in_snippets()
    {
        var results = _index.Search("halucination");

        Assert.NotEmpty(results.Hits);
        Assert.Contains("<mark>hallucination</mark>", results.Hits[0].SnippetHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Known_words_are_kept_and_only_the_unknown_one_changes()
    {
        var correction = _index.Search("privacy smartphnes").Correction;

        Assert.Equal(new Correction("privacy smartphones", Applied: true), correction);
    }

    [Fact]
    public void Empty_index_and_empty_query_get_no_suggestion()
    {
        using var empty = TestIndexes.FromText("Owner\n");

        Assert.Null(empty.Search("halucination").Correction);
        Assert.Null(_index.Search("   ").Correction);
    }
}
