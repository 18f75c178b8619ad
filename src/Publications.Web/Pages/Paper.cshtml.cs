using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Publications.Model;
using Publications.Text;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>One publication: headline, year, full abstract, its links, and the neighbouring publications.</summary>
[OutputCache(PolicyName = PageCaching.PaperPolicy)]
public sealed class PaperModel(PublicationCatalog catalog, MarkdownRenderer renderer, SiteUrls urls) : PageModel
{
    public string Owner => catalog.List.Owner;

    public string CanonicalUrl => urls.Absolute(Request, Publication.Path);

    /// <summary>schema.org ScholarlyArticle data for search engines; System.Text.Json escapes &lt; so it cannot end the script element.</summary>
    public string JsonLd => ScholarlyArticle.Json(Publication, Owner, CanonicalUrl);

    public Publication Publication { get; private set; } = null!;

    /// <summary>The abstract as safe HTML (rendered per request: nothing holds HTML for every paper).</summary>
    public string AbstractHtml { get; private set; } = "";

    public Publication? Previous { get; private set; }

    public Publication? Next { get; private set; }

    /// <summary>The search that led here (<c>?q=</c>), trimmed, or empty.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The 3–5 publications most like this one by content.</summary>
    public IReadOnlyList<Publication> Related { get; private set; } = [];

    public IActionResult OnGet(int year, string slug, [FromQuery(Name = "q")] string? q)
    {
        Query = q?.Trim() ?? "";
        if (q is not null)
        {
            // Reached from a search: each search marks other words, and most are followed once, so only the plain page is kept.
            PageCaching.DoNotKeep(HttpContext);
        }
        // One snapshot for the whole page: the list, the related papers and the word marking agree.
        using var lease = catalog.Acquire();
        var (list, index) = (lease.Snapshot.List, lease.Snapshot.Index);
        if (list.Find(year, slug) is not { } publication)
        {
            return NotFound();
        }
        Publication = publication;
        var matcher = index.WordMatcher(Query);
        AbstractHtml = renderer.Render(publication.Abstract, matcher.IsEmpty ? null : matcher.Matches);
        Related = index.Related(publication, 5);
        (Previous, Next) = list.Neighbours(publication);
        return Page();
    }
}
