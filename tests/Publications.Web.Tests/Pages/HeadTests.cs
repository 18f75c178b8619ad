using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class HeadTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> PageKinds => new() { "/", "/2024", "/search", "/search?q=diffusion" };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Every_page_has_title_description_search_box_and_own_stylesheet(string url)
    {
        var (_, page) = await Html.GetAsync(_client, url);

        Assert.EndsWith("Biqing Qi · Publications", page.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
        var box = page.QuerySelector("form[role=search][action='/search'] input[type=search][name=q]");
        Assert.NotNull(box);
        Assert.NotNull(page.QuerySelector($"label[for={box.Id}]"));
        var styles = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.All(styles, href => Assert.StartsWith("/", href, StringComparison.Ordinal));
        // Scripts only from our own files (the CSP forbids inline script): progressive enhancement.
        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Equal("", script.TextContent.Trim());
        });
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    [InlineData("/1999")]
    public async Task Every_page_ends_with_the_footer_its_stylesheet_waits_for(string url)
    {
        var (_, page) = await Html.GetAsync(_client, url);

        // site.css hides the page until the body's child #site-footer is parsed: it must be there, and last.
        var last = page.Body!.LastElementChild!;
        Assert.Equal("FOOTER", last.TagName);
        Assert.Equal("site-footer", last.Id);
        Assert.Single(page.QuerySelectorAll("#site-footer"));
    }

    [Fact]
    public async Task Detail_page_title_and_canonical_name_the_paper()
    {
        var paper = ShippedList.List.All[3];
        var (_, page) = await Html.GetAsync(_client, paper.Path);

        Assert.Equal($"{paper.Headline} · Biqing Qi · Publications", page.Title);
        Assert.Equal($"http://localhost{paper.Path}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.StartsWith(paper.PlainText[..40], page.QuerySelector("meta[name=description]")?.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canonical_links_use_the_public_base_url_when_set()
    {
        using var configured = new BaseUrlFactory();
        var (_, page) = await Html.GetAsync(configured.CreateClient(), "/2024");

        Assert.Equal("https://papers.example.org/2024", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Stylesheet_is_served_from_the_app_with_a_fingerprint()
    {
        var (_, page) = await Html.GetAsync(_client, "/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await _client.GetAsync(new Uri(href, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme: dark", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class BaseUrlFactory : PublicationsFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Publications:PublicBaseUrl"] = "https://papers.example.org/" };
    }
}
