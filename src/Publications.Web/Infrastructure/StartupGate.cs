using System.Text.Encodings.Web;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Answers requests that arrive while the list is still loading. Kestrel listens from the first second, while a first
/// start builds the index (about 13 s at 100,000 papers, 100 s at a million): each request waits for the load up to
/// <see cref="Patience"/>, long enough for any restart, then gets 503 with Retry-After and a short page saying the
/// site is starting, instead of holding its connection (and a thread, waiting for the catalog) for the whole build.
/// Health probes wait <see cref="ProbePatience"/> at most, then get the 503 in plain text. Stylesheets and scripts
/// never wait. Once the list is loaded, one check a request.
/// </summary>
internal sealed class StartupGate(RequestDelegate next, Task loading, TimeSpan patience)
{
    /// <summary>How long a request waits for the load before it is answered 503: a restart takes one or two seconds.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a health probe waits: answered within a probe's usual timeout, yet one that polls in a loop (as
    /// startup.sh does, 20 times a second) makes a request a second, not hundreds. Measured on a first start at
    /// 100,000 papers, a 503 at once for every poll cost the server 1.3–1.6 s more CPU, taken from the indexer
    /// beside it, and the first start 0.6–1.3 s.
    /// </summary>
    public static readonly TimeSpan ProbePatience = TimeSpan.FromSeconds(1);

    /// <summary>What Retry-After suggests, in seconds.</summary>
    private const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!loading.IsCompletedSuccessfully && !ETags.IsStaticAsset(context))
        {
            var probe = context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
            var wait = probe && ProbePatience < patience ? ProbePatience : patience;
            // Ends with the load, the wait, or the client going away, whichever comes first; none of them throws.
            await Task.WhenAny(loading, Task.Delay(wait, context.RequestAborted));
            if (!loading.IsCompletedSuccessfully)
            {
                await StartingAsync(context, probe);
                return;
            }
        }
        await next(context);
    }

    private static Task StartingAsync(HttpContext context, bool probe)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }
        if (probe)
        {
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync("Starting: the publication list is still being loaded.\n", context.RequestAborted);
        }
        // The same address again: the user's own path and query, encoded for the attribute.
        var again = HtmlEncoder.Default.Encode($"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}");
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Starting – Publications</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main>
            <h1>Publications is starting</h1>
            <p>The publication list is still being loaded and indexed; a large list takes a little while the first time.</p>
            <p><a href="{again}">Try again</a> in a few seconds.</p>
            </main>
            </body>
            </html>

            """, context.RequestAborted);
    }
}
