using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Publications.Search;
using Publications.Text;
using Publications.Web.Infrastructure;

namespace Publications.Web.Api;

/// <summary>The JSON API: the same data and rules as the pages, errors as RFC 9457 problem details.</summary>
internal static class PublicationsApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapPublicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Publications");
        api.MapGet("/publications", ListPublications).WithName("ListPublications");
        api.MapGet("/publications/{year:int}/{slug}", GetPublication).WithName("GetPublication");
        api.MapGet("/search", Search).WithName("Search").RequireRateLimiting(SearchRateLimiting.Policy);
        // Unknown API paths answer in JSON too, not with the HTML 404 page.
        api.Map("/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API endpoint"))
            .ExcludeFromDescription();
        return app;
    }

    private static Results<Ok<PublicationPageDto>, ProblemHttpResult> ListPublications(PublicationCatalog catalog, [FromQuery] string? page)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return BadPage();
        }
        var list = catalog.List;
        var pageCount = PageNumber.PageCount(list.Count, PageSize);
        if (number > pageCount && list.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Page past the end",
                detail: $"There are {pageCount} pages.");
        }
        var items = list.All.Skip((number - 1) * PageSize).Take(PageSize).Select(PublicationSummaryDto.From).ToList();
        return TypedResults.Ok(new PublicationPageDto(list.Owner, list.Count, number, PageSize, pageCount, items));
    }

    private static Results<Ok<PublicationDto>, ProblemHttpResult> GetPublication(PublicationCatalog catalog, MarkdownRenderer renderer, int year, string slug)
    {
        if (catalog.List.Find(year, slug) is not { } p)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such publication",
                detail: $"No publication {year}/{slug}.");
        }
        return TypedResults.Ok(new PublicationDto(p.Year, p.Ordinal, p.Slug, p.Headline, p.Path, p.Abstract, p.PlainText,
            renderer.Render(p.Abstract), [.. p.Links.Select(LinkDto.From)]));
    }

    private static async Task<Results<Ok<SearchResponseDto>, ProblemHttpResult>> Search(
        HttpContext context, PublicationCatalog catalog, [FromQuery] string? q, [FromQuery] string? year, [FromQuery] string? sort, [FromQuery] string? page, [FromQuery] string? exact)
    {
        if (!PageNumber.TryParse(page, out var number))
        {
            return BadPage();
        }
        YearRange? years = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!YearRange.TryParse(year, out var range))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid year",
                    detail: "Use a year such as 2024 or a range such as 2023..2025.");
            }
            years = range;
        }
        if (!SearchSorts.TryParse(sort, out var order))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid sort",
                detail: "Use relevance, newest or oldest.");
        }
        var query = q?.Trim() ?? "";
        if (await catalog.TrySearchAsync(new SearchRequest(query, years, order, number, 10, exact is "1" or "true"), context.RequestAborted) is not { Results: var results })
        {
            return SearchBusy.Problem(context.Response);
        }
        var hits = results.Hits.Select(h => new SearchHitDto(PublicationSummaryDto.From(h.Publication), h.SnippetHtml, h.Score)).ToList();
        return TypedResults.Ok(new SearchResponseDto(query, years?.ToString(), order.ToString().ToLowerInvariant(), results.Total,
            number, results.Request.PageSize, results.PageCount, hits, results.YearCounts, results.ReadAsPlainWords, results.Notice, results.Correction));
    }

    private static ProblemHttpResult BadPage() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid page", detail: "The page must be a whole number from 1 up.");
}
