using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Publications.Web.Infrastructure;

/// <summary>
/// The answer when the <see cref="SearchGate"/> turned a search away: 503 with Retry-After, as a page (the
/// status-code page explains it and links to the same search) or as problem details for the API.
/// </summary>
internal static class SearchBusy
{
    /// <summary>A turn comes within milliseconds once the queue moves; a second is a polite wait.</summary>
    public const int RetryAfterSeconds = 1;

    public const string Title = "Search is busy";

    /// <summary>503 for a page; the status-code page middleware renders the explanation.</summary>
    public static StatusCodeResult Page(HttpResponse response)
    {
        SetRetryAfter(response);
        return new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>503 as problem details, for the JSON API.</summary>
    public static ProblemHttpResult Problem(HttpResponse response)
    {
        SetRetryAfter(response);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Title,
            detail: $"Too many searches are waiting for their turn. Try again in {RetryAfterSeconds} s.");
    }

    /// <summary>503 with Retry-After and no body, for answers written by hand (the search feed).</summary>
    public static void Status(HttpResponse response)
    {
        SetRetryAfter(response);
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    private static void SetRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
