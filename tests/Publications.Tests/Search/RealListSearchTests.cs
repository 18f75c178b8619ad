using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>Searches over the shipped list (seeds/biqing-qi.txt).</summary>
public sealed class RealListSearchTests : IDisposable
{
    private readonly PublicationIndex _index = TestIndexes.RealList();

    public void Dispose() => _index.Dispose();

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.Ordinal);

    [Fact]
    public void Distill_finds_program_aided_distillation()
    {
        var results = _index.Search("distill");
        Assert.Contains(results.Abstracts(), a => Has(a, "Program-aided Distillation (PaD)"));
    }

    [Theory]
    [InlineData("SDAR’s")]
    [InlineData("SDAR's")]
    [InlineData("sdar")]
    public void Possessive_sdar_finds_the_sdar_paper(string query)
    {
        var results = _index.Search(query);
        Assert.Contains(results.Abstracts(), a => Has(a, "SDAR’s local bidirectional attention"));
    }

    [Fact]
    public void Hallucination_finds_the_2024_hallucination_paper()
    {
        var results = _index.Search("hallucination");
        Assert.Contains(results.Hits, h => h.Publication.Year == 2024 && Has(h.Publication.Abstract, "prone to hallucination"));
        Assert.Contains("<mark>", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_2024_returns_six() => Assert.Equal(6, _index.Search("year:2024").Total);

    [Fact]
    public void Year_range_2023_to_2025_returns_twelve()
    {
        var results = _index.Search("year:2023..2025");
        Assert.Equal(12, results.Total);
        Assert.Equal([new YearCount(2025, 5), new YearCount(2024, 6), new YearCount(2023, 1)], results.YearCounts);
    }

    [Fact]
    public void Diffusion_minus_vision_excludes_sdar_vl()
    {
        var all = _index.Search("diffusion");
        var results = _index.Search("diffusion -vision");
        Assert.Contains(all.Abstracts(), a => Has(a, "SDAR-VL"));
        Assert.DoesNotContain(results.Abstracts(), a => Has(a, "SDAR-VL"));
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void Tree_search_phrase_finds_adjacent_words_only()
    {
        var hit = Assert.Single(_index.Search("\"tree search\"").Hits);
        Assert.Contains("MARS2", hit.Publication.Abstract, StringComparison.Ordinal);
        // Both occurrences of the phrase are marked, in two fragments; "structured search" is not.
        Assert.Contains("<mark>Tree</mark>-<mark>Search</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>tree</mark> <mark>search</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains(" … ", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("structured <mark>search", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Router_or_privacy_finds_both_topics()
    {
        var results = _index.Search("router OR privacy");
        Assert.Contains(results.Abstracts(), a => Has(a, "LLMRouterBench"));
        Assert.Contains(results.Abstracts(), a => Has(a, "privacy"));
        Assert.True(results.Total > _index.Search("router").Total);
    }

    [Fact]
    public void Joined_name_is_found_by_its_whole_and_its_parts()
    {
        Assert.Contains(_index.Search("LLMRouterBench").Abstracts(), a => Has(a, "LLMRouterBench"));
        Assert.Contains(_index.Search("router bench").Abstracts(), a => Has(a, "LLMRouterBench"));
        Assert.Contains(_index.Search("genesis").Abstracts(), a => Has(a, "CoGenesis"));
    }

    [Fact]
    public void Bench_prefix_finds_benchmarks_and_joined_names()
    {
        var results = _index.Search("bench*", pageSize: 100);
        Assert.Contains(results.Abstracts(), a => Has(a, "LLMRouterBench"));
        Assert.Contains(results.Abstracts(), a => Has(a, "PhyBench") || Has(a, "benchmarks"));
        Assert.All(results.Hits, h => Assert.Contains("<mark>", h.SnippetHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void All_words_are_required() => Assert.Equal(0, _index.Search("diffusion privacy").Total);

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("a OR")]
    [InlineData("(((")]
    [InlineData("year:abcd")]
    [InlineData("/(/")]
    [InlineData("/[ab]*a[ab]{20}/")]
    public void Malformed_queries_are_read_as_plain_words(string query)
    {
        var results = _index.Search(query);
        Assert.True(results.ReadAsPlainWords);
        Assert.NotNull(results.Notice);
    }

    [Fact]
    public void Newest_sort_pages_through_the_whole_list()
    {
        var seen = Enumerable.Range(1, 3)
            .SelectMany(page => _index.Search("-zzzznotaword", sort: SearchSort.Newest, page: page).Positions())
            .ToList();
        Assert.Equal(_index.Count, seen.Count);
        Assert.Equal(seen.OrderByDescending(p => p.Year).ThenBy(p => p.Ordinal), seen);
    }
}
