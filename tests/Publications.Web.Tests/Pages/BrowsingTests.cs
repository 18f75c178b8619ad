using System.Net;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class BrowsingTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_shows_owner_year_index_and_papers_grouped_newest_first()
    {
        var (response, page) = await Html.GetAsync(_client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Biqing Qi", page.TextOf("h1"));
        var index = page.QuerySelectorAll(".year-index a").Select(a => (a.GetAttribute("href"), Html.Normalize(a.TextContent))).ToList();
        Assert.Equal([("/2026", "2026 7"), ("/2025", "2025 5"), ("/2024", "2024 6"), ("/2023", "2023 1")], index);
        var groups = page.QuerySelectorAll(".year-group").Select(g => (g.Id, g.QuerySelectorAll(".card").Length)).ToList();
        Assert.Equal([2026, 2025, 2024, 2023], page.QuerySelectorAll(".year-group h2 > a").Select(a => int.Parse(a.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([7, 5, 6, 1], groups.Select(g => g.Item2));
        Assert.Null(page.QuerySelector(".pager"));
    }

    [Fact]
    public async Task Every_paper_is_reachable_from_home_and_shows_its_full_abstract()
    {
        var (_, home) = await Html.GetAsync(_client, "/");
        var hrefs = home.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(ShippedList.List.All.Select(p => p.Path), hrefs);
        foreach (var publication in ShippedList.List.All)
        {
            var (response, page) = await Html.GetAsync(_client, publication.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(publication.Headline, page.TextOf("h1"));
            Assert.Equal(Html.Normalize(publication.PlainText), page.TextOf(".paper__text"));
        }
    }

    [Fact]
    public async Task Year_page_lists_that_year_with_neighbouring_years()
    {
        var (response, page) = await Html.GetAsync(_client, "/2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Publications in 2025", page.TextOf("h1"));
        Assert.Equal(ShippedList.List.FindYear(2025)!.Publications.Select(p => p.Path),
            page.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/2026", page.QuerySelector(".neighbours a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/2024", page.QuerySelector(".neighbours a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/1999")]
    [InlineData("/0000")]
    [InlineData("/2026/no-such-paper")]
    [InlineData("/1999/mars2")]
    [InlineData("/no/such/page")]
    [InlineData("/20245")]
    public async Task Unknown_pages_get_a_404_page_listing_the_years(string url)
    {
        var (response, page) = await Html.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.TextOf("h1"));
        Assert.Equal(["/2026", "/2025", "/2024", "/2023"], page.QuerySelectorAll(".recovery .year-index__list a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector(".recovery input[name=q]"));
    }

    [Theory]
    [InlineData("/?page=2", "/")]
    [InlineData("/?page=99999999999", "/")]
    [InlineData("/2024?page=2", "/2024")]
    public async Task Page_past_the_end_is_a_404_linking_to_the_last_page(string url, string lastPage)
    {
        var (response, page) = await Html.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var link = page.QuerySelectorAll(".empty-state a").FirstOrDefault(a => a.TextContent.Contains("last page", StringComparison.Ordinal));
        Assert.Equal(lastPage, link?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?page=abc")]
    [InlineData("/?page=-1")]
    [InlineData("/?page=0")]
    [InlineData("/2024?page=1.5")]
    [InlineData("/search?q=x&page=-3")]
    public async Task Page_that_is_not_a_number_is_a_friendly_400(string url)
    {
        var (response, page) = await Html.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That request didn't make sense", page.TextOf("h1"));
    }

    [Fact]
    public async Task Detail_page_shows_links_as_buttons_and_neighbours()
    {
        var mars = ShippedList.List.All[0];
        var (_, page) = await Html.GetAsync(_client, mars.Path);

        var buttons = page.QuerySelectorAll(".paper .link-buttons a").ToList();
        Assert.Contains(buttons, b => b.GetAttribute("href") == "https://github.com/TsinghuaC3I/MARTI" && Html.Normalize(b.TextContent) == "Code · TsinghuaC3I/MARTI");
        Assert.All(buttons, b => Assert.Equal("noopener noreferrer", b.GetAttribute("rel")));
        Assert.Null(page.QuerySelector(".neighbours a[rel=prev]"));
        Assert.Equal(ShippedList.List.All[1].Path, page.QuerySelector(".neighbours a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["/", "/2026", mars.Path], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Nirvana_shows_its_model_collection_and_code()
    {
        var nirvana = ShippedList.List.All.Single(p => p.Abstract.Contains("we introduce Nirvana", StringComparison.Ordinal));
        var (_, page) = await Html.GetAsync(_client, nirvana.Path);

        var hrefs = page.QuerySelectorAll(".paper .link-buttons a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://huggingface.co/collections/YuhuaJiang/nirvana", "https://github.com/YuhuaJiang2002/Nirvana"], hrefs);
        var abstractLinks = page.QuerySelectorAll(".paper__abstract a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(hrefs, abstractLinks);
    }
}
