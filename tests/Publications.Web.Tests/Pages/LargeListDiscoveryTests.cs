using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Publications.Web.Discovery;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

/// <summary>
/// The feed and the sitemap of a list larger than one of them may hold: the feed keeps the newest papers, and the
/// sitemap becomes an index of files that together name every page once, in order. Sitemap files here hold ten
/// addresses instead of the protocol's 50,000, so 60 papers need seven of them.
/// </summary>
public sealed class LargeListDiscoveryTests(LargeListDiscoveryTests.SixtyPapers factory) : IClassFixture<LargeListDiscoveryTests.SixtyPapers>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Feed_carries_the_fifty_newest_papers_in_the_home_page_s_order()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync(new Uri("/feed.atom", UriKind.Relative)));

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        // 2025's thirty in file order, then the first twenty of 2024.
        Assert.Equal(FeedEndpoints.FeedSize, titles.Count);
        Assert.Equal(SixtyPapers.Numbers(2025).Concat(SixtyPapers.Numbers(2024)).Take(FeedEndpoints.FeedSize).Select(n => $"Zebra Study {n}"), titles);
    }

    [Fact]
    public async Task Sitemap_is_an_index_of_files_that_name_every_page_once_in_order()
    {
        var index = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value)).ToList();
        // Two home pages (50 a page), two year pages and 60 papers: 64 addresses in files of ten.
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"http://localhost/sitemap-{n}.xml"), files.Select(f => f.AbsoluteUri));
        var locations = new List<string>();
        foreach (var file in files)
        {
            var part = XDocument.Parse(await _client.GetStringAsync(new Uri(file.PathAndQuery, UriKind.Relative)));
            var inFile = part.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.Equal(Sitemap + "urlset", part.Root.Name);
            Assert.InRange(inFile.Count, 1, 10);
            locations.AddRange(inFile);
        }
        string[] pages = ["/", "/?page=2", "/2025", "/2024"];
        var papers = SixtyPapers.Numbers(2025).Concat(SixtyPapers.Numbers(2024)).Select(n => $"/{(n <= 30 ? 2025 : 2024)}/zebra-study-{n}");
        Assert.Equal(pages.Concat(papers).Select(p => $"http://localhost{p}"), locations);
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-8.xml")]
    [InlineData("/sitemap-99999999999.xml")]
    public async Task Sitemap_files_past_the_index_are_not_found(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(50, 0)]
    [InlineData(51, 0)]
    [InlineData(120, 3)]
    [InlineData(101, 99)]
    public void Sitemap_counts_its_addresses_as_many_as_it_lists(int inOneYear, int inAnother)
    {
        // Home and year pages of 50 papers: one past a page, exactly a page, several pages, in one year or two.
        var text = string.Join('\n', [
            "Owner", "",
            "2025", .. Enumerable.Range(1, inOneYear).Select(n => $"We study topic {n}."),
            "2024", .. Enumerable.Range(1, inAnother).Select(n => $"We study subject {n}.")]) + "\n";
        var list = Publications.Parsing.ListParser.Parse(new StringReader(text), "list.txt").List!;

        Assert.Equal(DiscoveryEndpoints.Paths(list).LongCount(), DiscoveryEndpoints.UrlCount(list));
    }

    /// <summary>Sixty papers, thirty in 2025 (numbers 1–30) and thirty in 2024 (31–60), served with sitemap files of ten.</summary>
    public sealed class SixtyPapers() : InlineListFactory(List)
    {
        private static string List => string.Join('\n', [
            "Zoe Zoologist", "",
            "2025", .. Numbers(2025).Select(Abstract),
            "2024", .. Numbers(2024).Select(Abstract)]) + "\n";

        public static IEnumerable<int> Numbers(int year) => Enumerable.Range(year == 2025 ? 1 : 31, 30);

        private static string Abstract(int number) =>
            string.Create(CultureInfo.InvariantCulture, $"We present Zebra Study {number}, a look at herd number {number} on the savanna.");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(new SitemapSize(10)));
        }
    }
}
