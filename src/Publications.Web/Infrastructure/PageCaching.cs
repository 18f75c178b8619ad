using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Caches rendered pages on the server. The list pages (home, year, paper; <see cref="Policy"/>) change only when
/// the list does. Search pages (<see cref="SearchPolicy"/>) are kept only for searches asked before (see
/// <see cref="KeepOnlyRepeatedSearches"/>), so popular searches are answered as cheaply as a list page while a
/// flood of new queries never fills the cache. Each entry varies by the catalog's
/// <see cref="PublicationCatalog.Version"/>, so a page of an older list is never served after a reload, and the old
/// entries are evicted by tag. The rate limiter runs before this cache, so it still sees every search.
/// </summary>
internal static class PageCaching
{
    public const string Policy = "pages";

    /// <summary>The search page's policy: varies by every parameter the search reads.</summary>
    public const string SearchPolicy = "searches";

    private const string Tag = "catalog";

    public static IServiceCollection AddPageCaching(this IServiceCollection services) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddPolicy(Policy, page => ForTheList(page).SetVaryByQuery("page", "q"));
            cache.AddPolicy(SearchPolicy, page => ForTheList(page).SetVaryByQuery("q", "year", "sort", "page", "exact"));
        });

    /// <summary>
    /// Keeps the search page being rendered out of the cache unless <paramref name="keep"/>: for a search, when its
    /// answer was worked out before (the index's answer cache had it) and is complete, so a search is asked twice
    /// for its page to be kept.
    /// </summary>
    public static void KeepOnlyRepeatedSearches(HttpContext context, bool keep)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!keep && context.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }

    private static OutputCachePolicyBuilder ForTheList(OutputCachePolicyBuilder page) => page
        .Expire(TimeSpan.FromHours(1))
        .VaryByValue(context => new KeyValuePair<string, string>("list",
            context.RequestServices.GetRequiredService<PublicationCatalog>().Version.ToString(CultureInfo.InvariantCulture)))
        .Tag(Tag);

    /// <summary>Drops the cached pages of earlier lists when the catalog reloads.</summary>
    public static void EvictOnReload(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<PublicationCatalog>().Reloaded += (_, _) =>
            store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }
}
