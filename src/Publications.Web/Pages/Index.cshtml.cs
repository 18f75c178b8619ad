using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Publications.Model;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>The home page: owner, year index, and every publication newest first, 50 a page.</summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class IndexModel(PublicationCatalog catalog) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The list as it is at the start of this request (a reload mid-request cannot mix two lists).</summary>
    public PublicationList List { get; } = catalog.List;

    public IReadOnlyList<YearGroup> Groups { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The publications-per-year chart over the whole list.</summary>
    public YearChart Chart => YearChart.For(List.Years);

    public IActionResult OnGet([FromQuery(Name = "page")] string? page)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return BadRequest();
        }
        Pager = new Pager(number, PageNumber.PageCount(List.Count, PageSize), p => p == 1 ? "/" : $"/?page={p}", "Publication pages");
        if (Pager.IsPastEnd)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Groups = YearGroup.ForPage(List, List.All, number, PageSize);
        return Page();
    }
}
