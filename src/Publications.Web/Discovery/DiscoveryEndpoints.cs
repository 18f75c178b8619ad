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
        app.MapGet("/robots.txt", (HttpContext context, SiteUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /search.atom\nDisallow: /api/\n\nSitemap: {urls.Absolute(context.Request, "/sitemap.xml")}\n",
                "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        return app;
    }

    /// <summary>Every page: home (and its further pages), each year (and its pages), each publication.</summary>
    private static Task Sitemap(HttpContext context, PublicationCatalog catalog, SiteUrls urls) =>
        XmlResponse.WriteAsync(context, "application/xml; charset=utf-8", writer =>
        {
            var list = catalog.List;
            writer.WriteStartElement("urlset", SitemapNs);
            void Url(string path) => writer.WriteElementString("loc", SitemapNs, urls.Absolute(context.Request, path));
            foreach (var path in Paths(list))
            {
                writer.WriteStartElement("url", SitemapNs);
                Url(path);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });

    private static IEnumerable<string> Paths(Model.PublicationList list)
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
        foreach (var publication in list.All)
        {
            yield return publication.Path;
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
