using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>How one pass of <see cref="RankingCollector"/> orders, pages, filters and counts matches.</summary>
public sealed class RankingTests
{
    // Four papers with the same text score the same: only year and file order can tell them apart.
    private const string List = "Owner\n\n2023\nZebra detection.\nZebra detection.\n2024\nZebra detection.\nZebra detection.\n2022\nOkapi counting.\n";

    private static IEnumerable<string> Keys(SearchResults results) =>
        results.Hits.Select(h => $"{h.Publication.Year}/{h.Publication.Ordinal}");

    [Theory]
    [InlineData(SearchSort.Relevance, "2024/1 2024/2 2023/1 2023/2")]
    [InlineData(SearchSort.Newest, "2024/1 2024/2 2023/1 2023/2")]
    [InlineData(SearchSort.Oldest, "2023/1 2023/2 2024/1 2024/2")]
    public void Equal_matches_follow_the_year_then_the_file_order(SearchSort sort, string expected)
    {
        using var index = TestIndexes.FromText(List);

        var results = index.Search(new SearchRequest("zebra", Sort: sort));

        Assert.Equal(expected.Split(' '), Keys(results));
        Assert.Equal(4, results.Total);
        Assert.All(results.Hits, h => Assert.Equal(sort == SearchSort.Relevance, h.Score > 0));
    }

    [Fact]
    public void Pages_continue_the_same_order_and_end_empty()
    {
        using var index = TestIndexes.FromText(List);

        var pages = Enumerable.Range(1, 5).Select(page => Keys(index.Search(new SearchRequest("zebra", Page: page, PageSize: 1))).ToList()).ToList();

        Assert.Equal(["2024/1", "2024/2", "2023/1", "2023/2"], pages.Take(4).Select(Assert.Single));
        Assert.Empty(pages[4]);
    }

    [Fact]
    public void Year_range_limits_the_hits_but_every_year_is_counted()
    {
        using var index = TestIndexes.FromText(List);

        var results = index.Search(new SearchRequest("zebra", Years: new YearRange(2023, 2023)));

        Assert.Equal(["2023/1", "2023/2"], Keys(results));
        Assert.Equal(2, results.Total);
        Assert.Equal([new YearCount(2024, 2), new YearCount(2023, 2)], results.YearCounts);
    }

    [Fact]
    public void A_better_match_displaces_a_worse_one_from_a_full_page()
    {
        // Collected in index order, the best match comes last and must still come first.
        using var index = TestIndexes.FromText("Owner\n\n2024\nZebra once.\nZebra once more.\nZebra zebra zebra everywhere, zebra.\n");

        var results = index.Search(new SearchRequest("zebra", PageSize: 1));

        Assert.Equal(3, Assert.Single(results.Hits).Publication.Ordinal);
        Assert.Equal(3, results.Total);
    }
}
