using Publications.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Publications.Web.Tests.Pages;

[Collection(NuHtmlChecker.Collection)]
public sealed class HtmlValidityTests(PublicationsFactory factory, YearIndexTests.ManyYears manyYears, ITestOutputHelper output)
    : IClassFixture<PublicationsFactory>, IClassFixture<YearIndexTests.ManyYears>
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly HttpClient _manyYears = manyYears.CreateClient();

    [SkippableFact]
    public async Task Every_page_kind_is_valid_html_for_the_nu_checker()
    {
        var (java, jar) = NuHtmlChecker.Require();
        var documents = new Dictionary<string, string>();
        foreach (var (name, url) in PageKinds.All)
        {
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            documents[$"{name}.html"] = await response.Content.ReadAsStringAsync();
        }
        // A list of many years groups its year links by decade (details elements): home, search and 404 pages.
        documents["home-many-years.html"] = await _manyYears.GetStringAsync(new Uri("/", UriKind.Relative));
        documents["search-many-years.html"] = await _manyYears.GetStringAsync(new Uri("/search?q=quolls&year=1977", UriKind.Relative));
        using (var notFound = await _manyYears.GetAsync(new Uri("/no/such/page", UriKind.Relative)))
        {
            documents["not-found-many-years.html"] = await notFound.Content.ReadAsStringAsync();
        }

        var messages = await NuHtmlChecker.CheckAsync(java, jar, documents);

        foreach (var message in messages)
        {
            output.WriteLine(message.ToString());
        }
        output.WriteLine($"vnu.jar ({jar}): {messages.Count(m => m.IsError)} errors, {messages.Count(m => !m.IsError)} warnings and notes on {documents.Count} pages.");
        var errors = messages.Where(m => m.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [SkippableFact]
    public async Task The_checker_reports_invalid_markup()
    {
        var (java, jar) = NuHtmlChecker.Require();

        var messages = await NuHtmlChecker.CheckAsync(java, jar, new Dictionary<string, string>
        {
            ["broken.html"] = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></div></p></body></html>",
        });

        Assert.Contains(messages, m => m.IsError && m.File == "broken.html");
    }
}
