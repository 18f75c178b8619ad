using System.ServiceModel.Syndication;
using Publications.Model;
using Publications.Search;
using Publications.Web.Infrastructure;

namespace Publications.Web.Discovery;

/// <summary>Atom feeds: the newest publications (<c>/feed.atom</c>) and any search (<c>/search.atom?q=…</c>).</summary>
internal static class FeedEndpoints
{
    /// <summary>
    /// How many entries a feed carries: the newest publications, or a search's best hits. A feed reader polls for
    /// what is new; every paper of a large list would be hundreds of megabytes a poll (379 MB and 11 s at 100,000).
    /// </summary>
    public const int FeedSize = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (HttpContext context, PublicationCatalog catalog, SiteUrls urls) =>
        {
            var snapshot = catalog.Current;
            // The list is newest year first, each year in file order: the home page's order.
            return WriteAsync(context, urls, snapshot, "", "/feed.atom", snapshot.List.All.Take(FeedSize));
        }).ExcludeFromDescription();
        app.MapGet("/search.atom", async (HttpContext context, PublicationCatalog catalog, SiteUrls urls, string? q) =>
        {
            var query = q?.Trim() ?? "";
            // One snapshot for the hits and the feed's owner and date; the index is done with once the hits are in.
            using var lease = catalog.Acquire();
            IReadOnlyList<Publication> hits = [];
            if (query.Length > 0)
            {
                if (await catalog.TrySearchAsync(lease.Snapshot, new SearchRequest(query, PageSize: FeedSize), context.RequestAborted) is not { Results: var results })
                {
                    SearchBusy.Status(context.Response);
                    return;
                }
                hits = [.. results.Hits.Select(h => h.Publication)];
            }
            await WriteAsync(context, urls, lease.Snapshot, $"“{query}” · ", $"/search.atom?q={Uri.EscapeDataString(query)}", hits);
        }).RequireRateLimiting(SearchRateLimiting.Policy).ExcludeFromDescription();
        return app;
    }

    private static Task WriteAsync(HttpContext context, SiteUrls urls, CatalogSnapshot snapshot, string titlePrefix, string self, IEnumerable<Publication> publications)
    {
        string Absolute(string path) => urls.Absolute(context.Request, path);
        var owner = snapshot.List.Owner;
        var title = $"{titlePrefix}{owner} · Publications";
        var feed = new SyndicationFeed(title, $"Publications of {owner}", new Uri(Absolute("/")))
        {
            Id = Absolute(self),
            // Atom needs an update time: the list file's, which changes exactly when the feed's content does.
            LastUpdatedTime = snapshot.ListUpdated,
            Items = publications.Select(p => Entry(p, owner, Absolute(p.Path))),
        };
        feed.Authors.Add(new SyndicationPerson { Name = owner });
        feed.Links.Add(new SyndicationLink(new Uri(Absolute(self)), "self", title, "application/atom+xml", 0));
        return XmlResponse.WriteAsync(context, "application/atom+xml; charset=utf-8", writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    private static SyndicationItem Entry(Publication p, string owner, string url)
    {
        // The list knows only the year: an entry is dated 1 January of it.
        var date = new DateTimeOffset(p.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var item = new SyndicationItem(p.Headline, new TextSyndicationContent(p.PlainText), new Uri(url), url, date)
        {
            PublishDate = date,
            Summary = new TextSyndicationContent(p.PlainText),
        };
        item.Authors.Add(new SyndicationPerson { Name = owner });
        return item;
    }
}
