using Publications.Search;

namespace Publications.Tests.Search;

public sealed class SearchResultsTests
{
    /// <summary>Every abstract mentions "model"; 2025 has 3, 2024 has 2, 2023 has 1.</summary>
    private static PublicationIndex ThreeYears() => TestIndexes.FromText("""
        Owner

        2024
        model twenty-four first
        model twenty-four second model model

        2025
        model twenty-five first
        model twenty-five second
        model twenty-five third

        2023
        model twenty-three only
        """);

    [Fact]
    public void Newest_sort_orders_by_year_then_file_order()
    {
        using var index = ThreeYears();
        var results = index.Search("model", sort: SearchSort.Newest);
        Assert.Equal([(2025, 1), (2025, 2), (2025, 3), (2024, 1), (2024, 2), (2023, 1)], results.Positions());
        Assert.All(results.Hits, h => Assert.Equal(0f, h.Score));
    }

    [Fact]
    public void Oldest_sort_orders_by_year_ascending_then_file_order()
    {
        using var index = ThreeYears();
        var results = index.Search("model", sort: SearchSort.Oldest);
        Assert.Equal([(2023, 1), (2024, 1), (2024, 2), (2025, 1), (2025, 2), (2025, 3)], results.Positions());
    }

    [Fact]
    public void Relevance_sort_puts_the_best_match_first_then_newest()
    {
        using var index = ThreeYears();
        var results = index.Search("model");
        Assert.Equal((2024, 2), results.Positions()[0]);
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
        // Equal scores fall back to newest year, then file order.
        Assert.Equal([(2025, 1), (2025, 2), (2025, 3)], results.Positions().Skip(1).Take(3));
    }

    [Fact]
    public void Paging_returns_the_requested_slice_and_the_full_total()
    {
        using var index = ThreeYears();
        var second = index.Search("model", sort: SearchSort.Newest, page: 2, pageSize: 4);
        Assert.Equal(6, second.Total);
        Assert.Equal([(2024, 2), (2023, 1)], second.Positions());
        Assert.Equal(2, second.PageCount);
    }

    [Fact]
    public void Page_past_the_end_is_empty_with_the_total()
    {
        using var index = ThreeYears();
        var results = index.Search("model", page: 1_000_000, pageSize: 100);
        Assert.Equal(6, results.Total);
        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData(0, 10, 1, 10)]
    [InlineData(-5, 0, 1, 1)]
    [InlineData(int.MaxValue, 1_000, int.MaxValue, 100)]
    public void Page_and_page_size_are_clamped(int page, int pageSize, int expectedPage, int expectedPageSize)
    {
        using var index = ThreeYears();
        var results = index.Search("model", page: page, pageSize: pageSize);
        Assert.Equal(expectedPage, results.Request.Page);
        Assert.Equal(expectedPageSize, results.Request.PageSize);
        Assert.Equal(6, results.Total);
    }

    [Fact]
    public void Year_counts_cover_all_matches_newest_first()
    {
        using var index = ThreeYears();
        var results = index.Search("model");
        Assert.Equal([new YearCount(2025, 3), new YearCount(2024, 2), new YearCount(2023, 1)], results.YearCounts);
    }

    [Fact]
    public void Year_narrowing_limits_hits_but_not_year_counts()
    {
        using var index = ThreeYears();
        var results = index.Search("model", years: new YearRange(2023, 2024), sort: SearchSort.Newest);
        Assert.Equal(3, results.Total);
        Assert.Equal([(2024, 1), (2024, 2), (2023, 1)], results.Positions());
        Assert.Equal([new YearCount(2025, 3), new YearCount(2024, 2), new YearCount(2023, 1)], results.YearCounts);
    }

    [Fact]
    public void Year_in_the_query_text_limits_year_counts_too()
    {
        using var index = ThreeYears();
        var results = index.Search("model year:2024");
        Assert.Equal(2, results.Total);
        Assert.Equal([new YearCount(2024, 2)], results.YearCounts);
    }

    [Fact]
    public void Count_is_the_number_of_publications()
    {
        using var index = ThreeYears();
        Assert.Equal(6, index.Count);
    }
}
