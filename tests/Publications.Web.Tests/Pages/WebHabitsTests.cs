using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>JSON API, feeds, discovery and health: parsed as JSON and XML, compared with the list.</summary>
public sealed class WebHabitsTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private static readonly string[] HomeOnly = ["/"];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Api_lists_publications_newest_first_with_links()
    {
        using var json = await GetJsonAsync("/api/publications");
        var root = json.RootElement;

        Assert.Equal("Biqing Qi", root.GetProperty("owner").GetString());
        Assert.Equal(19, root.GetProperty("total").GetInt32());
        var items = root.GetProperty("publications").EnumerateArray().ToList();
        Assert.Equal(ShippedList.List.All.Select(p => p.Path), items.Select(i => i.GetProperty("url").GetString()));
        var mars = items[0].GetProperty("links").EnumerateArray().Single();
        Assert.Equal("https://github.com/TsinghuaC3I/MARTI", mars.GetProperty("href").GetString());
        Assert.Equal("code", mars.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Api_gives_one_publication_in_full_and_problem_details_for_unknown_ones()
    {
        var pad = ShippedList.List.All.Single(p => p.Abstract.Contains("(PaD)", StringComparison.Ordinal));
        using var json = await GetJsonAsync($"/api/publications/{pad.Year}/{pad.Slug}");
        using var missing = await _client.GetAsync(new Uri("/api/publications/2024/nope", UriKind.Relative));
        using var unknown = await _client.GetAsync(new Uri("/api/nothing/here", UriKind.Relative));

        Assert.Equal(pad.Abstract, json.RootElement.GetProperty("abstract").GetString());
        Assert.Equal(pad.PlainText, json.RootElement.GetProperty("plainText").GetString());
        Assert.Contains("href=\"https://github.com/Xuekai-Zhu/pad\"", json.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
        foreach (var response in new[] { missing, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Api_search_has_the_page_semantics()
    {
        using var json = await GetJsonAsync("/api/search?q=reasoning&year=2025&sort=newest");
        var root = json.RootElement;

        Assert.True(root.GetProperty("total").GetInt32() > 0);
        Assert.All(root.GetProperty("hits").EnumerateArray(), h => Assert.Equal(2025, h.GetProperty("publication").GetProperty("year").GetInt32()));
        Assert.Contains("<mark>", root.GetProperty("hits")[0].GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("yearCounts").EnumerateArray(), c => c.GetProperty("year").GetInt32() == 2026);
        Assert.Equal("newest", root.GetProperty("sort").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=x&page=abc")]
    [InlineData("/api/search?q=x&year=20x4")]
    [InlineData("/api/search?q=x&sort=sideways")]
    [InlineData("/api/publications?page=0")]
    public async Task Api_rejects_nonsense_with_problem_details(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/publications", paths);
        Assert.Contains("/api/publications/{year}/{slug}", paths);
        Assert.Contains("/api/search", paths);
    }

    [Fact]
    public async Task Atom_feed_has_every_publication_newest_first_and_is_linked_from_pages()
    {
        var feed = await GetXmlAsync("/feed.atom");
        var (_, home) = await Html.GetAsync(_client, "/");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(ShippedList.List.All.Select(p => p.Headline), entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal($"http://localhost{ShippedList.List.All[0].Path}", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "updated")));
        Assert.Equal("/feed.atom", home.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_feed_has_the_hits_and_is_linked_from_the_results()
    {
        var feed = await GetXmlAsync("/search.atom?q=distillation");
        var (_, results) = await Html.GetAsync(_client, "/search?q=distillation");

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Contains("PaD: Program-aided Distillation", titles);
        Assert.Equal("/search.atom?q=distillation", results.QuerySelector("link[rel=alternate][type='application/atom+xml'][href^='/search.atom']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Sitemap_lists_every_page_and_robots_names_it()
    {
        var sitemap = await GetXmlAsync("/sitemap.xml");
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var expected = HomeOnly.Concat(ShippedList.List.Years.Select(y => $"/{y.Year}")).Concat(ShippedList.List.All.Select(p => p.Path));
        Assert.Equal(expected.Select(p => $"http://localhost{p}"), locations);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots.Split('\n'));
    }

    [Fact]
    public async Task OpenSearch_description_is_linked_and_points_at_search()
    {
        var description = await GetXmlAsync("/opensearch.xml");
        var (_, home) = await Html.GetAsync(_client, "/");

        var html = description.Root!.Elements(OpenSearch + "Url").Single(u => u.Attribute("type")!.Value == "text/html");
        Assert.Equal("http://localhost/search?q={searchTerms}", html.Attribute("template")!.Value);
        Assert.True(description.Root.Element(OpenSearch + "ShortName")!.Value.Length <= 16);
        Assert.Equal("/opensearch.xml", home.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Detail_page_has_scholarly_article_json_ld_and_open_graph()
    {
        var paper = ShippedList.List.All[0];
        var (_, page) = await Html.GetAsync(_client, paper.Path);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(paper.Headline, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(paper.PlainText, json.RootElement.GetProperty("abstract").GetString());
        Assert.Equal("2026", json.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal(paper.Headline, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal($"http://localhost{paper.Path}", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Health_reports_the_list_count_and_index()
    {
        using var json = await GetJsonAsync("/healthz");

        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var data = json.RootElement.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Equal(19, data.GetProperty("publications").GetInt32());
        Assert.Equal(19, data.GetProperty("indexed").GetInt32());
        Assert.EndsWith("biqing-qi.txt", data.GetProperty("list").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await _client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<XDocument> GetXmlAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
