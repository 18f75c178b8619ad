using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Publications.Model;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>The friendly page for an error status (404, 400, …), rendered by the status-code-pages middleware.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(PublicationCatalog catalog) : PageModel
{
    public int Code { get; private set; }

    /// <summary>The path the visitor asked for, when this page was reached by re-execution.</summary>
    public string? OriginalPath { get; private set; }

    /// <summary>The query string the visitor asked with (starting with ?), or empty.</summary>
    public string OriginalQueryString { get; private set; } = "";

    public IReadOnlyList<PublicationYear> Years => catalog.List.Years;

    public string Heading => Code switch
    {
        404 => "Page not found",
        400 => "That request didn't make sense",
        405 => "That method isn't allowed here",
        429 => "Too many requests",
        503 => SearchBusy.Title,
        _ => "Something went wrong",
    };

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        // Only a re-executed request keeps its status; visiting /status/500 directly is just a page that exists.
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = code is >= 400 and <= 599 ? code : 404;
        OriginalPath = feature?.OriginalPath;
        OriginalQueryString = feature?.OriginalQueryString ?? "";
        Response.StatusCode = feature is null ? StatusCodes.Status404NotFound : Code;
        if (feature is null)
        {
            Code = 404;
        }
        return Page();
    }
}
