using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Gives pages, feeds and API answers a weak ETag from their content, answers a matching If-None-Match with
/// 304, and asks browsers to revalidate (Cache-Control: no-cache). Static files keep the ETags and long-lived
/// caching of the static-asset endpoints (their URLs are fingerprinted). Sits inside response compression,
/// so the tag is of the uncompressed content — hence weak.
/// </summary>
internal sealed class ETags(RequestDelegate next)
{
    private static readonly string[] Tagged = ["text/html", "application/atom+xml", "application/xml", "application/json", "application/opensearchdescription+xml", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || IsStaticAsset(context))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode == StatusCodes.Status200OK && IsTagged(context.Response.ContentType) && !context.Response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var tag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..12])}\"";
            context.Response.Headers.ETag = tag;
            context.Response.Headers.CacheControl = "no-cache";
            if (Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>A request for a file of wwwroot (stylesheet, script): served as it is, never from the catalog.</summary>
    internal static bool IsStaticAsset(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/css", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/js", StringComparison.Ordinal);

    private static bool IsTagged(string? contentType) =>
        contentType is not null && Tagged.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Any(v => v == "*" || v == tag || $"W/{v}" == tag);
}
