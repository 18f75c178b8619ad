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
        var ages = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _client.GetAsync(new Uri("/search?q=speculative+decoding", UriKind.Relative));
            ages.Add(response.Headers.Age is not null);
        }

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
        for (var i = 0; i < 3; i++)
        {
            await _client.GetStringAsync(new Uri(Query, UriKind.Relative));
        }
        using var kept = await _client.GetAsync(new Uri(Query, UriKind.Relative));

        using var other = await _client.GetAsync(new Uri(Query + parameter, UriKind.Relative));

        Assert.NotNull(kept.Headers.Age);
        Assert.Null(other.Headers.Age);
    }

    [Fact]
    public async Task Parameters_the_search_does_not_read_share_the_kept_page()
    {
        for (var i = 0; i < 3; i++)
        {
            await _client.GetStringAsync(new Uri("/search?q=multimodal+reasoning", UriKind.Relative));
        }

        using var response = await _client.GetAsync(new Uri("/search?q=multimodal+reasoning&utm_source=mail", UriKind.Relative));

        Assert.NotNull(response.Headers.Age);
    }

    [Fact]
    public async Task The_bare_search_page_is_kept_but_not_one_with_made_up_parameters()
    {
        var bare = new List<bool>();
        var madeUp = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var plain = await _client.GetAsync(new Uri("/search", UriKind.Relative));
            bare.Add(plain.Headers.Age is not null);
            using var odd = await _client.GetAsync(new Uri("/search?year=someday&sort=sideways", UriKind.Relative));
            madeUp.Add(odd.Headers.Age is not null);
        }

        Assert.Equal([false, true, true], bare);
        Assert.Equal([false, false, false], madeUp);
    }

    [Fact]
    public async Task A_paper_page_reached_from_a_search_is_not_kept_but_the_plain_one_is()
    {
        var path = ShippedList.List.All[0].Path;
        var plain = new List<bool>();
        var fromSearch = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            plain.Add(response.Headers.Age is not null);
            using var marked = await _client.GetAsync(new Uri(path + "?q=diffusion", UriKind.Relative));
            fromSearch.Add(marked.Headers.Age is not null);
        }

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
}
