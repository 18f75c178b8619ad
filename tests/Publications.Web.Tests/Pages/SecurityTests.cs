using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class SecurityTests(SecurityTests.HostileListFactory factory) : IClassFixture<SecurityTests.HostileListFactory>
{
    private const string HostileList = """
        Mallory <script>alert('owner')</script>

        2024
        We propose **Evil**: <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil.example"></iframe> and more.
        Links: [click](javascript:alert(3)) [caps](JaVaScRiPt:alert(4)) [ent](&#106;avascript:alert(5)) <javascript:alert(6)> [vb](vbscript:msgbox(7)) [d](data:text/html;base64,PHNjcmlwdD4=) ![img](data:image/png;base64,AAAA) [ref] and {onclick=alert(8)} https://github.com/good/repo.

        [ref]: javascript:alert(9)
        """;

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Urls => new() { "/", "/2024", "/search?q=evil", "/search?q=links", "/search?q=%3Cscript%3E", "/nope" };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Hostile_list_comes_out_inert(string url)
    {
        var (_, page) = await Html.GetAsync(_client, url);

        AssertInert(page);
    }

    [Fact]
    public async Task Hostile_papers_detail_pages_are_inert_and_keep_their_text()
    {
        var (_, home) = await Html.GetAsync(_client, "/");
        var paths = home.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, paths.Count);

        foreach (var path in paths)
        {
            var (response, page) = await Html.GetAsync(_client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertInert(page);
        }
        var (_, first) = await Html.GetAsync(_client, paths[0]);
        Assert.Contains("<script>alert(1)</script>", first.TextOf(".paper__text"), StringComparison.Ordinal);
        Assert.Contains("Mallory <script>", first.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/2024")]
    [InlineData("/search?q=x")]
    [InlineData("/nope")]
    public async Task Responses_carry_security_headers_and_no_server_header(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Unhandled_error_shows_a_page_without_stack_trace()
    {
        using var throwing = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new ThrowOnQueryFilter()))));
        var client = throwing.CreateClient();

        var response = await client.GetAsync(new Uri("/?boom=1", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.TextOf("h1"));
        Assert.DoesNotContain("ThrowOnQueryFilter", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_responses_carry_hsts_of_at_least_a_year()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://papers.example.org") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var hsts = string.Join(";", response.Headers.GetValues("Strict-Transport-Security"));
        var maxAge = int.Parse(System.Text.RegularExpressions.Regex.Match(hsts, @"max-age=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
    }

    private static void AssertInert(IDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("iframe, img, object, embed"));
        // The only script is our own file, referenced from <head>; nothing from the list becomes one.
        // A JSON-LD data block (never executed) may carry the list's text, but only as valid JSON with no raw '<'.
        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            Assert.Equal("HEAD", script.ParentElement?.TagName);
            if (script.GetAttribute("type") == "application/ld+json")
            {
                Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("@type").GetString());
                return;
            }
            Assert.Matches("^/js/search\\.[a-z0-9]+\\.js$", script.GetAttribute("src"));
            Assert.Equal("", script.TextContent);
        });
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"Event handler attribute {attribute.Name} on <{element.LocalName}>.");
                if (attribute.Name is "href" or "src" or "action")
                {
                    var value = attribute.Value.Trim();
                    Assert.True(value.StartsWith('/') || value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith('#'),
                        $"Unsafe {attribute.Name}=\"{value}\" on <{element.LocalName}>.");
                }
            }
        }
        foreach (var external in page.QuerySelectorAll("a[href^='http']").Where(a => !a.GetAttribute("href")!.StartsWith("http://localhost", StringComparison.Ordinal)))
        {
            Assert.Equal("noopener noreferrer", external.GetAttribute("rel"));
        }
    }

    public sealed class HostileListFactory() : InlineListFactory(HostileList + "\nA fourth paper that mentions <b>bold</b> and links.\n");

    private sealed class ThrowOnQueryFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            // The error page is re-executed with the same query string: let it render.
            if (context.HttpContext.Request.Query.ContainsKey("boom") && context.ActionDescriptor.ViewEnginePath != "/Error")
            {
                throw new InvalidOperationException("Deliberate failure for the error page test.");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
