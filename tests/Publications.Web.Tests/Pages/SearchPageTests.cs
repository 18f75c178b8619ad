using System.Net;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class SearchPageTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Empty_query_shows_the_box_and_tips_not_every_paper()
    {
        var (response, page) = await Html.GetAsync(_client, "/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form.search-page-form input#q[name=q]"));
        Assert.NotNull(page.QuerySelector("label[for=q]"));
        Assert.NotNull(page.QuerySelector(".search-help"));
        Assert.Empty(page.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task Results_show_total_headline_year_highlighted_snippet_and_link_buttons()
    {
        var (response, page) = await Html.GetAsync(_client, "/search?q=distillation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pad = ShippedList.List.All.Single(p => p.Abstract.Contains("Program-aided Distillation (PaD)", StringComparison.Ordinal));
        var results = page.QuerySelectorAll(".result").ToList();
        Assert.NotEmpty(results);
        Assert.StartsWith($"{results.Count} publication", page.TextOf(".result-count"), StringComparison.Ordinal);
        var hit = results.Single(r => r.QuerySelector(".card__title a")?.GetAttribute("href") == $"{pad.Path}?q=distillation");
        Assert.Equal(pad.Headline, hit.TextOf(".card__title"));
        Assert.Equal("2024", hit.TextOf(".card__meta"));
        Assert.Contains(hit.QuerySelectorAll(".result__snippet mark"), m => m.TextContent.StartsWith("distill", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("https://github.com/Xuekai-Zhu/pad", hit.QuerySelector(".link-buttons a")?.GetAttribute("href"));
        Assert.Equal("distillation", page.QuerySelector("#q")?.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("form[role=search]"));
    }

    [Fact]
    public async Task All_words_must_match()
    {
        var (_, both) = await Html.GetAsync(_client, "/search?q=diffusion+privacy");
        var (_, one) = await Html.GetAsync(_client, "/search?q=diffusion");

        Assert.Empty(both.QuerySelectorAll(".result"));
        Assert.StartsWith("No publications match", both.TextOf(".result-count"), StringComparison.Ordinal);
        Assert.NotEmpty(one.QuerySelectorAll(".result"));
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("a OR")]
    [InlineData("(((")]
    [InlineData("/(/")]
    [InlineData("/[ab]*a[ab]{20}/")]
    public async Task Malformed_query_is_searched_as_plain_words_and_says_so(string query)
    {
        var (response, page) = await Html.GetAsync(_client, $"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Your query couldn't be read as written", page.TextOf(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Year_parameter_narrows_and_year_counts_link_to_each_year()
    {
        var (_, all) = await Html.GetAsync(_client, "/search?q=reasoning");
        var (_, narrowed) = await Html.GetAsync(_client, "/search?q=reasoning&year=2025");

        var facets = all.QuerySelectorAll(".year-facets a").ToList();
        Assert.NotEmpty(facets);
        Assert.Contains(facets, a => a.GetAttribute("href") == "/search?q=reasoning&year=2025");
        Assert.All(narrowed.QuerySelectorAll(".result .card__meta"), m => Assert.Equal("2025", m.TextContent.Trim()));
        Assert.NotEmpty(narrowed.QuerySelectorAll(".result"));
        Assert.Contains(narrowed.QuerySelectorAll(".year-facets a"), a => a.GetAttribute("href") == "/search?q=reasoning");
    }

    [Fact]
    public async Task Results_are_paged_ten_at_a_time()
    {
        var (_, first) = await Html.GetAsync(_client, "/search?q=model");
        var total = int.Parse(first.TextOf(".result-count").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 10, $"Expected more than 10 hits for 'model', got {total}.");

        var (_, second) = await Html.GetAsync(_client, "/search?q=model&page=2");

        Assert.Equal(10, first.QuerySelectorAll(".result").Length);
        Assert.Equal(total - 10, second.QuerySelectorAll(".result").Length);
        Assert.Equal("/search?q=model&page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        var firstPaths = first.QuerySelectorAll(".result .card__title a").Select(a => a.GetAttribute("href")).ToList();
        var secondPaths = second.QuerySelectorAll(".result .card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(total, firstPaths.Concat(secondPaths).Distinct().Count());
        Assert.Empty(firstPaths.Intersect(secondPaths));
    }

    [Fact]
    public async Task Page_past_the_end_of_results_links_to_the_last_page()
    {
        var (response, page) = await Html.GetAsync(_client, "/search?q=model&page=50");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/search?q=model&page=2", page.QuerySelector(".empty-state a")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".result"));
    }

    [Theory]
    [InlineData("newest", new[] { 2026, 2025, 2024, 2023 })]
    [InlineData("oldest", new[] { 2023, 2024, 2025, 2026 })]
    public async Task Sort_orders_by_year_and_is_kept_in_links(string sort, int[] years)
    {
        var (_, page) = await Html.GetAsync(_client, $"/search?q=language&sort={sort}");

        var shown = page.QuerySelectorAll(".result .card__meta").Select(m => int.Parse(m.TextContent, System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        Assert.Equal(years.Where(shown.Contains), shown);
        Assert.Equal(sort, page.QuerySelector("#sort option[selected]")?.GetAttribute("value"));
        Assert.All(page.QuerySelectorAll(".year-facets a"), a => Assert.Contains($"sort={sort}", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/search?q=model&sort=sideways", "sort order")]
    [InlineData("/search?q=model&year=twenty", "year filter")]
    public async Task Nonsense_parameters_are_ignored_with_a_message(string url, string mentioned)
    {
        var (response, page) = await Html.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains(mentioned, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task Result_links_carry_the_query_and_the_paper_links_back_to_the_results()
    {
        var (_, results) = await Html.GetAsync(_client, "/search?q=tree+search");
        var href = results.QuerySelector(".result .card__title a")!.GetAttribute("href")!;
        Assert.EndsWith("?q=tree%20search", href, StringComparison.Ordinal);

        var (response, paper) = await Html.GetAsync(_client, href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/search?q=tree%20search", paper.QuerySelector(".back-to-results a")?.GetAttribute("href"));
        Assert.Contains("tree search", paper.TextOf(".back-to-results"), StringComparison.Ordinal);
        Assert.EndsWith(href[..href.IndexOf('?', StringComparison.Ordinal)], paper.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_sit_in_one_region_that_search_as_you_type_replaces()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=model");

        var region = page.QuerySelector("#search-results");
        Assert.NotNull(region);
        Assert.NotNull(region.QuerySelector(".result-count"));
        Assert.Equal(10, region.QuerySelectorAll(".result").Length);
        Assert.NotNull(page.QuerySelector("form[data-live-search] #q"));
    }
}
