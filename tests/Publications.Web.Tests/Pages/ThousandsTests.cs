using System.Globalization;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>Counts of a thousand and more are grouped the English way on every page that says one: 1,001, not 1001.</summary>
public sealed class ThousandsTests(ThousandsTests.ThousandAndOnePapers factory) : IClassFixture<ThousandsTests.ThousandAndOnePapers>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_page_groups_the_list_s_counts()
    {
        var (_, page) = await Html.GetAsync(_client, "/");

        Assert.Equal("1,001 publications, 2024–2025.", page.QuerySelector(".intro__summary")?.TextContent.Trim());
        Assert.Equal("1,001 publications of Olga Okapi, by year, with full-text search of every abstract.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(["1,000", "1"], page.QuerySelectorAll(".year-index__count").Select(c => c.TextContent.Trim()));
        Assert.Equal("1,000 publications", page.QuerySelector(".year-group__count")?.TextContent.Trim());
        Assert.Contains("Olga Okapi · 1,001 publications ·", page.QuerySelector("#site-footer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2024: 1, 2025: 1,000.", page.QuerySelector(".year-chart desc")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".year-chart a title"), title => title.TextContent == "2025: 1,000 publications");
    }

    [Fact]
    public async Task Year_page_groups_its_count()
    {
        var (_, page) = await Html.GetAsync(_client, "/2025");

        Assert.Equal("1,000 publications.", page.QuerySelector(".intro__summary")?.TextContent.Trim());
        Assert.Equal("1,000 publications from 2025.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Search_groups_its_total_and_per_year_counts()
    {
        var (_, page) = await Html.GetAsync(_client, "/search?q=okapi");

        Assert.Equal("1,001 publications match okapi.", Html.Normalize(page.QuerySelector(".result-count")?.TextContent));
        Assert.Equal(["1,000", "1"], page.QuerySelectorAll(".year-facets__count").Select(c => c.TextContent.Trim()));
    }

    /// <summary>A thousand papers in 2025 and one in 2024.</summary>
    public sealed class ThousandAndOnePapers() : InlineListFactory(List)
    {
        private static string List => string.Join('\n', [
            "Olga Okapi", "",
            "2025", .. Enumerable.Range(1, 1_000).Select(Abstract),
            "2024", Abstract(1_001)]) + "\n";

        private static string Abstract(int number) =>
            string.Create(CultureInfo.InvariantCulture, $"We present Okapi Herd {number}, a count of okapi herd number {number} in the forest.");
    }
}
