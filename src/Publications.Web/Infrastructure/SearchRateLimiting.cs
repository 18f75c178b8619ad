using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Publications.Web.Infrastructure;

/// <summary>The <c>Publications:RateLimiting</c> section: how many searches one client may make in a window.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "Publications:RateLimiting";

    /// <summary>False turns the limiter off (loopback benchmarks).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Searches allowed per client address in each window.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    /// <summary>The sliding window's length in seconds.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int WindowSeconds { get; set; } = 10;
}

/// <summary>
/// Limits searches per client address with ASP.NET Core's rate limiter. A client over its limit gets 429
/// (not the limiter's default 503) with Retry-After, and the status-code page explains it; others are unaffected.
/// </summary>
internal static class SearchRateLimiting
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var window = TimeSpan.FromSeconds(Options(context.HttpContext).WindowSeconds);
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, context => Options(context) is { Enabled: true } options
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientKey(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    SegmentsPerWindow = 5,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("off"));
        });
    }

    private static RateLimitingOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;

    /// <summary>The client's address (the connection's; behind a proxy, configure forwarded headers first).</summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
