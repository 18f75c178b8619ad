using System.Net;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>No request parameter or path, however odd, yields a 5xx: each gets 200, a friendly 400, or a 404.</summary>
public sealed class HostileRequestTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        string[] values = ["", "-1", "0", "1", "2", "99999999999999999999", "abc", "1e3", "%00", "%C3%28", "%EF%BF%BF", "1&page=2", "  3 ", "%2e%2e%2f", new string('9', 5000)];
        foreach (var value in values)
        {
            data.Add($"/?page={value}");
            data.Add($"/2024?page={value}");
            data.Add($"/search?q=model&page={value}");
            data.Add($"/search?q=model&sort={value}");
            data.Add($"/search?q=model&year={value}");
            data.Add($"/search?q={value}");
        }
        foreach (var path in new[] { "/..%2f..%2fetc%2fpasswd", "/%C3%28", "/2024/%C3%28", "/2024/..%2f", "/" + new string('a', 8000), "/2024/" + new string('b', 4000), "/search/extra", "/status/999", "/status/500", "/error", "/%E2%80%AE", "/9999", "/2024/mars2/extra" })
        {
            data.Add(path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Odd_requests_never_get_a_server_error(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
            $"{url} gave {(int)response.StatusCode}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.TextOf("h1"));
    }

    [Fact]
    public async Task Repeated_parameters_are_read_sensibly()
    {
        var (response, page) = await Html.GetAsync(_client, "/search?q=model&q=diffusion&sort=newest&sort=oldest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".result-count"));
    }
}
