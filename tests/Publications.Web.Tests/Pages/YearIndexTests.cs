using Publications.Model;
using Publications.Search;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>The year links: one run for a few years, grouped by decade (newest open) for a list that spans many.</summary>
public sealed class YearIndexTests(YearIndexTests.ManyYears factory) : IClassFixture<YearIndexTests.ManyYears>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<PublicationYear> Years(params int[] years) =>
        [.. years.Select(y => new PublicationYear(y, [new Publication(y, 1, 3, "An abstract.", "A headline", "a-headline", "An abstract.", [])]))];

    [Fact]
    public void A_few_years_stay_one_run_of_links()
    {
        var years = Years([.. Enumerable.Range(2015, YearIndex.MaxUngrouped).Reverse()]);

        var index = YearIndex.For(years);

        Assert.False(index.IsGrouped);
        Assert.Equal(years.Select(y => (y.Year, y.Count)), index.Years.Select(y => (y.Year, y.Count)));
    }

    [Fact]
    public void Many_years_are_grouped_by_decade_newest_first_with_only_the_newest_open()
    {
        var index = YearIndex.For(Years(2030, 2024, 2021, 2020, 2019, 2011, 2001, 2000, 1999, 1989, 1988, 1979, 1970));

        Assert.True(index.IsGrouped);
        Assert.Equal(["2030s", "2020s", "2010s", "2000s", "1990s", "1980s", "1970s"], index.Decades.Select(d => d.Name));
        Assert.Equal(["2030", "2020–2024", "2011–2019", "2000–2001", "1999", "1988–1989", "1970–1979"], index.Decades.Select(d => d.Range));
        Assert.Equal([1, 3, 2, 2, 1, 2, 2], index.Decades.Select(d => d.Count));
        Assert.Equal([true, false, false, false, false, false, false], index.Decades.Select(d => d.Open));
        Assert.Equal([2024, 2021, 2020], index.Decades[1].Years.Select(y => y.Year));
    }

    [Fact]
    public async Task Home_page_folds_older_decades_and_keeps_one_link_per_year()
    {
        var (_, page) = await Html.GetAsync(_client, "/");

        var decades = page.QuerySelectorAll("nav.year-index details.year-index__decade");
        Assert.Equal(6, decades.Length);
        Assert.Equal([true, false, false, false, false, false], decades.Select(d => d.HasAttribute("open")));
        Assert.Equal("2020s 2020–2026 · 14 publications", Html.Normalize(decades[0].QuerySelector("summary")?.TextContent));
        Assert.Equal("1970s 1975–1979 · 10 publications", Html.Normalize(decades[^1].QuerySelector("summary")?.TextContent));
        Assert.Equal(ManyYearsList.Years.Select(y => $"/{y}"), page.QuerySelectorAll("nav.year-index a").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("nav.year-index a"), a => Assert.NotNull(a.Closest("details")));
    }

    [Fact]
    public async Task Not_found_page_offers_the_years_grouped_the_same_way()
    {
        var (response, page) = await Html.GetAsync(_client, "/no-such-page");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var recovery = page.QuerySelector(".recovery nav.year-index");
        Assert.NotNull(recovery);
        Assert.Equal(6, recovery.QuerySelectorAll("details").Length);
        Assert.Equal(ManyYearsList.Years.Select(y => $"/{y}"), recovery.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Search_narrows_by_decade_or_year_in_folded_decades()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=quolls");

        var facets = page.QuerySelector("nav.year-facets");
        Assert.NotNull(facets);
        var decades = facets.QuerySelectorAll("details.year-index__decade");
        Assert.Equal(6, decades.Length);
        Assert.Equal([true, false, false, false, false, false], decades.Select(d => d.HasAttribute("open")));
        var seventies = decades[^1].QuerySelectorAll("a");
        Assert.Equal("All of the 1970s 10", Html.Normalize(seventies[0].TextContent));
        Assert.Equal("/search?q=quolls&year=1970..1979", seventies[0].GetAttribute("href"));
        Assert.Equal(["1979", "1978", "1977", "1976", "1975"], seventies.Skip(1).Select(a => a.TextContent.Split(' ')[0]));
        Assert.Equal(ManyYearsList.Years.Select(y => $"/search?q=quolls&year={y}"),
            facets.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Where(h => !h!.Contains("..", StringComparison.Ordinal)));
        Assert.DoesNotContain(facets.QuerySelectorAll("a"), a => a.TextContent == "All years");
    }

    [Theory]
    [InlineData("1970..1979", "All of the 1970s 10")]
    [InlineData("1977", "1977 2")]
    public async Task Search_narrowed_within_a_decade_opens_that_decade_and_marks_the_narrowing(string years, string current)
    {
        var (_, page) = await Html.GetAsync(_client, $"/search?q=quolls&year={years}");

        var links = page.QuerySelectorAll("nav.year-facets a");
        Assert.Equal("All years", links[0].TextContent);
        Assert.Equal("/search?q=quolls", links[0].GetAttribute("href"));
        var decades = page.QuerySelectorAll("nav.year-facets details");
        Assert.Equal([false, false, false, false, false, true], decades.Select(d => d.HasAttribute("open")));
        var marked = Assert.Single(page.QuerySelectorAll("nav.year-facets a[aria-current]"));
        Assert.Equal(current, Html.Normalize(marked.TextContent));
        Assert.Equal("/search?q=quolls", marked.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_narrowed_across_decades_keeps_the_newest_open()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=quolls&year=1980..2026");

        Assert.Equal("All years", page.QuerySelectorAll("nav.year-facets a")[0].TextContent);
        Assert.Equal([true, false, false, false, false, false], page.QuerySelectorAll("nav.year-facets details").Select(d => d.HasAttribute("open")));
        Assert.Empty(page.QuerySelectorAll("nav.year-facets a[aria-current]"));
    }

    [Fact]
    public void Open_decade_is_the_asked_one_when_it_has_years_else_the_newest()
    {
        var counts = Enumerable.Range(1990, 20).Reverse().Select(y => new YearCount(y, 1)).ToList();

        Assert.Equal([false, true], YearIndex.For(counts, new YearRange(1995, 1995)).Decades.Select(d => d.Open));
        Assert.Equal([true, false], YearIndex.For(counts, new YearRange(1975, 1975)).Decades.Select(d => d.Open));
        Assert.Equal([true, false], YearIndex.For(counts).Decades.Select(d => d.Open));
    }

    public sealed class ManyYears() : InlineListFactory(ManyYearsList.Text);
}
