using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Publications.Model;
using Publications.Text;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>One publication: headline, year, full abstract, its links, and the neighbouring publications.</summary>
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

    public IActionResult OnGet(int year, string slug, [FromQuery(Name = "q")] string? q)
    {
        Query = q?.Trim() ?? "";
        var list = catalog.List;
        if (list.Find(year, slug) is not { } publication)
        {
            return NotFound();
        }
        Publication = publication;
        AbstractHtml = renderer.Render(publication.Abstract);
        (Previous, Next) = list.Neighbours(publication);
        return Page();
    }
}
