using Publications.Web.Infrastructure;

namespace Publications.Web.Discovery;

/// <summary>What search engines and browsers look for: sitemap, robots.txt and an OpenSearch description.</summary>
internal static class DiscoveryEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", Sitemap).ExcludeFromDescription();
        app.MapGet("/sitemap-{number:int}.xml", SitemapPart).ExcludeFromDescription();
        app.MapGet("/robots.txt", (HttpContext context, SiteUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /search.atom\nDisallow: /api/\n\nSitemap: {urls.Absolute(context.Request, "/sitemap.xml")}\n",
                "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Every page: home (and its further pages), each year (and its pages), each publication; when they are more
    /// than one sitemap may hold (<see cref="SitemapSize"/>), an index of the sitemap files that hold them instead.
    /// </summary>
    private static Task Sitemap(HttpContext context, PublicationCatalog catalog, SiteUrls urls, SitemapSize size)
    {
        var list = catalog.List;
        var files = FileCount(UrlCount(list), size);
        if (files == 1)
        {
            return UrlSet(context, urls, Paths(list));
        }
        return XmlResponse.WriteAsync(context, "application/xml; charset=utf-8", writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            for (var number = 1; number <= files; number++)
            {
                writer.WriteStartElement("sitemap", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, urls.Absolute(context.Request, $"/sitemap-{number}.xml"));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>The <paramref name="number"/>th sitemap file of the index <see cref="Sitemap"/> gives (from 1); 404 past the last.</summary>
    private static Task SitemapPart(HttpContext context, PublicationCatalog catalog, SiteUrls urls, SitemapSize size, int number)
    {
        var list = catalog.List;
        var listing = ListingPaths(list).ToList();
        if (number < 1 || number > FileCount(listing.Count + (long)list.Count, size))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        // The listing pages, then the papers from their position on: no skipped paper's address is made.
        var first = (number - 1) * size.UrlsPerFile;
        var papers = list.All.Skip(Math.Max(0, first - listing.Count)).Select(publication => publication.Path);
        return UrlSet(context, urls, listing.Skip(first).Concat(papers).Take(size.UrlsPerFile));
    }

    private static int FileCount(long urls, SitemapSize size) => Math.Max(1, (int)((urls + size.UrlsPerFile - 1) / size.UrlsPerFile));

    /// <summary>How many addresses <see cref="Paths"/> gives: the listing pages made (thousands at most), the papers only counted.</summary>
    internal static long UrlCount(Model.PublicationList list) => ListingPaths(list).LongCount() + list.Count;

    private static Task UrlSet(HttpContext context, SiteUrls urls, IEnumerable<string> paths) =>
        XmlResponse.WriteAsync(context, "application/xml; charset=utf-8", writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            foreach (var path in paths)
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, urls.Absolute(context.Request, path));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });

    /// <summary>Every page's path, in the sitemap's order: the listing pages, then each paper.</summary>
    internal static IEnumerable<string> Paths(Model.PublicationList list) =>
        ListingPaths(list).Concat(list.All.Select(publication => publication.Path));

    /// <summary>Home (and its further pages), then each year (and its pages), newest first.</summary>
    private static IEnumerable<string> ListingPaths(Model.PublicationList list)
    {
        yield return "/";
        for (var page = 2; page <= PageNumber.PageCount(list.Count, Pages.IndexModel.PageSize); page++)
        {
            yield return $"/?page={page}";
        }
        foreach (var year in list.Years)
        {
            yield return $"/{year.Year}";
            for (var page = 2; page <= PageNumber.PageCount(year.Count, Pages.YearModel.PageSize); page++)
            {
                yield return $"/{year.Year}?page={page}";
            }
        }
    }

    private static Task OpenSearch(HttpContext context, PublicationCatalog catalog, SiteUrls urls) =>
        XmlResponse.WriteAsync(context, "application/opensearchdescription+xml; charset=utf-8", writer =>
        {
            var owner = catalog.List.Owner;
            writer.WriteStartElement("OpenSearchDescription", OpenSearchNs);
            // ShortName is limited to 16 characters by the specification.
            writer.WriteElementString("ShortName", OpenSearchNs, owner.Length <= 16 ? owner : owner[..16]);
            writer.WriteElementString("Description", OpenSearchNs, $"Search the publications of {owner}");
            writer.WriteElementString("InputEncoding", OpenSearchNs, "UTF-8");
            foreach (var (type, path) in new[] { ("text/html", "/search?q={searchTerms}"), ("application/atom+xml", "/search.atom?q={searchTerms}") })
            {
                writer.WriteStartElement("Url", OpenSearchNs);
                writer.WriteAttributeString("type", type);
                writer.WriteAttributeString("template", urls.Absolute(context.Request, path));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
}

/// <summary>
/// How many addresses one sitemap file holds. The protocol allows 50,000 (and 50 MB, which 50,000 of these
/// addresses are far from); a list with more pages than that gets a sitemap index. A service, so tests can split
/// the shipped list's few pages.
/// </summary>
internal sealed class SitemapSize
{
    public SitemapSize(int urlsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(urlsPerFile);
        UrlsPerFile = urlsPerFile;
    }

    /// <summary>The protocol's limit.</summary>
    public static SitemapSize Protocol { get; } = new(50_000);

    public int UrlsPerFile { get; }
}
