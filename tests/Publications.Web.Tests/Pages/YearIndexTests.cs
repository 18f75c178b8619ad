using Publications.Model;
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
        Assert.Same(years, index.Years);
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

    public sealed class ManyYears() : InlineListFactory(ManyYearsList.Text);
}
