using System.Net;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>Did-you-mean, related papers and the query carried to a paper's page.</summary>
public sealed class SearchFeaturesTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Confident_correction_shows_its_results_at_once_with_a_way_back()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=halucination");

        var correction = page.QuerySelector(".correction")!;
        Assert.StartsWith("Showing results for hallucination", Html.Normalize(correction.TextContent), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".result"));
        Assert.Contains(page.QuerySelectorAll(".result .card__title a"), a => a.GetAttribute("href")!.EndsWith("?q=hallucination", StringComparison.Ordinal));
        var instead = correction.QuerySelectorAll("a")[^1].GetAttribute("href");
        Assert.Equal("/search?q=halucination&exact=1", instead);

        var (_, exact) = await Html.GetAsync(_client, instead!);

        Assert.Empty(exact.QuerySelectorAll(".result"));
        Assert.Equal("Did you mean hallucination?", exact.TextOf(".correction"));
        Assert.Equal("/search?q=hallucination", exact.QuerySelector(".correction a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Two_word_typo_is_corrected_from_the_index_words()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=difusion+modles");

        Assert.Contains("diffusion models", page.TextOf(".correction"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qwertyzxcv")]
    [InlineData("model")]
    public async Task No_suggestion_when_nothing_is_close_or_the_query_finds_plenty(string query)
    {
        var (_, page) = await Html.GetAsync(_client, $"/search?q={query}");

        Assert.Null(page.QuerySelector(".correction"));
    }

    [Fact]
    public async Task Detail_page_lists_related_papers_never_itself()
    {
        var sdarVl = ShippedList.List.All.Single(p => p.Slug == "sdar-vl");
        var sdar = ShippedList.List.All.Single(p => p.Abstract.Contains("We present a systematic study of blockwise discrete diffusion", StringComparison.Ordinal));

        var (_, page) = await Html.GetAsync(_client, sdarVl.Path);

        var related = page.QuerySelectorAll(".related__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.InRange(related.Count, 3, 5);
        Assert.DoesNotContain(sdarVl.Path, related);
        Assert.Equal(sdar.Path, related[0]);
        Assert.Equal(related.Count, related.Distinct().Count());
    }

    [Fact]
    public async Task Query_carried_to_a_paper_marks_its_words_in_the_abstract()
    {
        var pad = ShippedList.List.All.Single(p => p.Slug == "pad");

        var (response, page) = await Html.GetAsync(_client, $"{pad.Path}?q=distill");
        var (_, plain) = await Html.GetAsync(_client, pad.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marks = page.QuerySelectorAll(".paper__text mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("distill", marks);
        Assert.Contains("distillation", marks);
        Assert.All(marks, m => Assert.StartsWith("distil", m, StringComparison.Ordinal));
        Assert.Equal(plain.TextOf(".paper__text"), page.TextOf(".paper__text"));
        Assert.Empty(plain.QuerySelectorAll(".paper__text mark"));
        Assert.Equal("https://github.com/Xuekai-Zhu/pad", page.QuerySelector(".paper__text a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_search_reports_the_correction()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search?q=halucination", UriKind.Relative)));

        var correction = json.RootElement.GetProperty("correction");
        Assert.Equal("hallucination", correction.GetProperty("query").GetString());
        Assert.True(correction.GetProperty("applied").GetBoolean());
    }

    [Theory]
    [InlineData("WIST", "wist")]
    [InlineData("CoGenesis", "cogenesis")]
    [InlineData("router", "llmrouterbench")]
    [InlineData("MSI", "msi-agent")]
    [InlineData("Multi-Scale Insight", "msi-agent")]
    [InlineData("SDAR-VL", "sdar-vl")]
    [InlineData("distill", "pad")]
    [InlineData("SDAR’s", "systematic-study-blockwise-discrete-diffusion")]
    public async Task A_paper_named_by_the_query_comes_first(string query, string slug)
    {
        var (_, page) = await Html.GetAsync(_client, $"/search?q={Uri.EscapeDataString(query)}");

        var first = page.QuerySelector(".result .card__title a")?.GetAttribute("href") ?? "";
        Assert.Equal(ShippedList.List.All.Single(p => p.Slug == slug).Path, first[..first.IndexOf('?', StringComparison.Ordinal)]);
    }
}
