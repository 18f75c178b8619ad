using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Publications.Model;
using Publications.Search;
using Publications.Web.Infrastructure;

namespace Publications.Web.Pages;

/// <summary>Full-text search over the abstracts: 10 hits a page, narrowed by year, sorted by relevance or year.</summary>
[EnableRateLimiting(SearchRateLimiting.Policy)]
[OutputCache(PolicyName = PageCaching.SearchPolicy)]
public sealed class SearchModel(PublicationCatalog catalog) : PageModel
{
    public const int PageSize = 10;

    /// <summary>The query as typed (trimmed), or empty.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The year narrowing in effect, or null.</summary>
    public YearRange? Years { get; private set; }

    public SearchSort Sort { get; private set; }

    /// <summary>True for "search instead for …": the query as typed, never auto-corrected.</summary>
    public bool Exact { get; private set; }

    /// <summary>The query whose results are shown: the correction when one was applied, else the query as typed.</summary>
    public string ShownQuery => Results?.Correction is { Applied: true } c ? c.Query : Query;

    /// <summary>Parameters that made no sense and were ignored, explained to the user.</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    /// <summary>The results, or null when there was no query.</summary>
    public SearchResults? Results { get; private set; }

    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "year")] string? year,
        [FromQuery(Name = "sort")] string? sort,
        [FromQuery(Name = "page")] string? page,
        [FromQuery(Name = "exact")] string? exact)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return BadRequest();
        }
        var ignored = new List<string>();
        Query = q?.Trim() ?? "";
        Years = ReadYears(year, ignored);
        Sort = ReadSort(sort, ignored);
        Exact = exact is "1" or "true";
        Ignored = ignored;
        if (Query.Length > 0)
        {
            var answer = await catalog.TrySearchAsync(new SearchRequest(Query, Years, Sort, number, PageSize, Exact), HttpContext.RequestAborted);
            if (answer is not { Remembered: true })
            {
                // Kept from its second asking on (remembered answers are complete): new queries never fill the cache.
                PageCaching.DoNotKeep(HttpContext);
            }
            if (answer is not { Results: var results })
            {
                return SearchBusy.Page(Response);
            }
            Results = results;
        }
        else if (q is not null || year is not null || sort is not null || page is not null || exact is not null)
        {
            // The bare search page (help and the form) is kept; one whose parameters search nothing is not, so
            // made-up values cannot fill the cache.
            PageCaching.DoNotKeep(HttpContext);
        }
        Pager = new Pager(number, Results?.PageCount ?? 1, p => UrlFor(Query, Years, Sort, p, Exact), "Result pages");
        return Page();
    }

    /// <summary>
    /// Narrowing the results by year: each year with hits links to this search in that year (or back to all years
    /// when it is the one in effect); past a dozen years they are grouped by decade, each decade a link too, and the
    /// decade of a narrowing within one decade is the open one.
    /// </summary>
    public YearLinks YearFacets(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        bool IsCurrent(int from, int to) => Years is { } range && range.From == from && range.To == to;
        return new YearLinks(
            YearIndex.For(results.YearCounts, Years),
            "year-facets",
            (from, to) => UrlFor(Query, IsCurrent(from, to) ? null : new YearRange(from, to), Sort, exact: Exact),
            IsCurrent,
            DecadeLinks: true,
            Lead: Years is null ? null : ("All years", UrlFor(Query, null, Sort, exact: Exact)));
    }

    /// <summary>The URL of a search, leaving out parameters at their defaults.</summary>
    public static string UrlFor(string query, YearRange? years, SearchSort sort, int page = 1, bool exact = false)
    {
        var parts = new List<string> { $"q={Uri.EscapeDataString(query)}" };
        if (years is { } y)
        {
            parts.Add($"year={y}");
        }
        if (sort != SearchSort.Relevance)
        {
            parts.Add($"sort={sort.ToString().ToLowerInvariant()}");
        }
        if (page > 1)
        {
            parts.Add($"page={page}");
        }
        if (exact)
        {
            parts.Add("exact=1");
        }
        return "/search?" + string.Join("&", parts);
    }

    /// <summary>A result's link: its page, carrying the query so the page can mark the words and link back.</summary>
    public static string PaperUrl(Publication publication, string query)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return $"{publication.Path}?q={Uri.EscapeDataString(query)}";
    }

    private static YearRange? ReadYears(string? year, List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(year))
        {
            return null;
        }
        if (YearRange.TryParse(year, out var range))
        {
            return range;
        }
        ignored.Add("The year filter was ignored: use a year such as 2024 or a range such as 2023..2025.");
        return null;
    }

    private static SearchSort ReadSort(string? sort, List<string> ignored)
    {
        if (!SearchSorts.TryParse(sort, out var order))
        {
            ignored.Add("The sort order was not recognised, so results are sorted by relevance.");
        }
        return order;
    }
}
