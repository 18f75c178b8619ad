using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>
/// Search pages asked before are kept by the server's output cache (answered with an <c>Age</c> header), one per
/// combination of the parameters the search reads; a search asked once is never kept, nor a paper page reached from
/// a search, so new queries cannot fill the cache.
/// </summary>
public sealed class SearchPageCachingTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_search_is_kept_from_its_second_asking()
    {
        var ages = await KeptAsync("/search?q=speculative+decoding", times: 4);

        // The first asking works the answer out; the second finds it remembered, so its page is kept for the third.
        Assert.Equal([false, false, true, true], ages);
    }

    [Theory]
    [InlineData("&year=2025")]
    [InlineData("&sort=newest")]
    [InlineData("&page=2")]
    [InlineData("&exact=1")]
    public async Task Each_search_parameter_gets_its_own_page(string parameter)
    {
        const string Query = "/search?q=reinforcement+learning";
        await KeptAsync(Query, times: 3);
        using var kept = await _client.GetAsync(new Uri(Query, UriKind.Relative));

        using var other = await _client.GetAsync(new Uri(Query + parameter, UriKind.Relative));

        Assert.NotNull(kept.Headers.Age);
        Assert.Null(other.Headers.Age);
    }

    [Fact]
    public async Task Parameters_the_search_does_not_read_share_the_kept_page()
    {
        await KeptAsync("/search?q=multimodal+reasoning", times: 3);

        using var response = await _client.GetAsync(new Uri("/search?q=multimodal+reasoning&utm_source=mail", UriKind.Relative));

        Assert.NotNull(response.Headers.Age);
    }

    [Fact]
    public async Task The_bare_search_page_is_kept_but_not_one_with_made_up_parameters()
    {
        var bare = await KeptAsync("/search", times: 3);
        var madeUp = await KeptAsync("/search?year=someday&sort=sideways", times: 3);

        Assert.Equal([false, true, true], bare);
        Assert.Equal([false, false, false], madeUp);
    }

    [Fact]
    public async Task A_paper_page_reached_from_a_search_is_not_kept_but_the_plain_one_is()
    {
        var path = ShippedList.List.All[0].Path;
        var plain = await KeptAsync(path, times: 3);
        var fromSearch = await KeptAsync(path + "?q=diffusion", times: 3);

        Assert.Equal([false, true, true], plain);
        Assert.Equal([false, false, false], fromSearch);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/2025")]
    public async Task List_pages_with_parameters_they_do_not_read_share_the_kept_page(string path)
    {
        await _client.GetStringAsync(new Uri(path, UriKind.Relative));

        using var response = await _client.GetAsync(new Uri(path + $"?q={Guid.NewGuid():N}&utm_source=mail", UriKind.Relative));

        Assert.NotNull(response.Headers.Age);
    }

    /// <summary>Asks for <paramref name="url"/> <paramref name="times"/> times; for each answer, whether it came from a kept page (an <c>Age</c> header).</summary>
    private async Task<List<bool>> KeptAsync(string url, int times)
    {
        var kept = new List<bool>();
        for (var i = 0; i < times; i++)
        {
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            kept.Add(response.Headers.Age is not null);
        }
        return kept;
    }
}
