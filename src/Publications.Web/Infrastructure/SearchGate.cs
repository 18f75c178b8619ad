using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Publications.Web.Infrastructure;

/// <summary>The <c>Publications:Search</c> section: how many searches may run at once, and how many may wait for a turn.</summary>
public sealed class SearchGateOptions
{
    public const string Section = "Publications:Search";

    /// <summary>
    /// Searches running at once (one per core keeps pages fast while searches saturate the server); empty, the
    /// default, turns the gate off: every search runs when its request does.
    /// </summary>
    [Range(1, 1024)]
    public int? MaxRunning { get; set; }

    /// <summary>Searches waiting for a turn, first come first served; one more is turned away with 503.</summary>
    [Range(0, 100_000)]
    public int MaxWaiting { get; set; } = 256;
}

/// <summary>
/// A bulkhead in front of the index: a search that is not already answered from the cache waits here for one of a
/// few turns (one per core keeps pages fast), in arrival order. Without it a flood of new queries would take every
/// thread-pool thread, and pages, static files and cached answers would queue behind the searches; with it they are
/// served at once, while the searches take their turns. A waiting search whose client goes away leaves the queue
/// without running. Off unless <see cref="SearchGateOptions.MaxRunning"/> is set: in <c>load.sh</c> new searches alone
/// serve as many requests with it, but their 99th percentile is 15–25 ms slower (see the benchmarks README). DI
/// singleton; the container disposes it.
/// </summary>
public sealed class SearchGate : IDisposable
{
    private readonly ConcurrencyLimiter? _limiter;

    public SearchGate(IOptions<SearchGateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MaxRunning = options.Value.MaxRunning;
        _limiter = MaxRunning is not { } running ? null : new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = running,
            QueueLimit = options.Value.MaxWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>How many searches may run at once; null when the gate is off.</summary>
    public int? MaxRunning { get; }

    /// <summary>True when searches take turns; false lets every search run at once.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(_limiter))]
    public bool IsOn => _limiter is not null;

    /// <summary>How many searches are waiting for a turn now.</summary>
    public long Waiting => _limiter?.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>
    /// Waits for a turn. The lease is acquired unless the queue was full (then at once, not acquired: answer 503);
    /// dispose it when the search is done. Throws <see cref="OperationCanceledException"/> if the wait is cancelled.
    /// </summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) =>
        IsOn ? _limiter.AcquireAsync(1, cancellationToken) : throw new InvalidOperationException("The search gate is off.");

    public void Dispose() => _limiter?.Dispose();
}
