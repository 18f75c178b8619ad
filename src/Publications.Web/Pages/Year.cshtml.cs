using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Publications.Model;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>One year's publications, 50 a page, with links to the neighbouring years.</summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class YearModel(PublicationCatalog catalog) : PageModel
{
    public const int PageSize = 50;

    public PublicationYear Year { get; private set; } = null!;

    public IReadOnlyList<YearGroup> Groups { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The next newer year with publications, or null.</summary>
    public int? Newer { get; private set; }

    /// <summary>The next older year with publications, or null.</summary>
    public int? Older { get; private set; }

    public IActionResult OnGet(int year, [FromQuery(Name = "page")] string? page)
    {
        var list = catalog.List;
        if (list.FindYear(year) is not { } found)
        {
            return NotFound();
        }
        if (!PageNumber.TryParse(page, out var number))
        {
            return BadRequest();
        }
        Year = found;
        Pager = new Pager(number, PageNumber.PageCount(found.Count, PageSize), p => p == 1 ? $"/{year}" : $"/{year}?page={p}", $"Pages of {year}");
        // Years are newest first: the neighbours are the nearest years with publications on either side.
        Newer = list.Years.Where(y => y.Year > year).Select(y => (int?)y.Year).LastOrDefault();
        Older = list.Years.Where(y => y.Year < year).Select(y => (int?)y.Year).FirstOrDefault();
        if (Pager.IsPastEnd)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Groups = YearGroup.ForPage(list, found.Publications, number, PageSize);
        return Page();
    }
}
