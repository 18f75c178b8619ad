using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Caches rendered pages on the server. The list pages (home and year, <see cref="Policy"/>; paper,
/// <see cref="PaperPolicy"/>) change only when the list does. A paper page reached from a search (<c>?q=</c>, its
/// words marked) and a search page are kept only where it pays (the pages call <see cref="DoNotKeep"/> otherwise):
/// a search once it has been asked before, so popular searches are answered as cheaply as a list page while a
/// flood of new queries, or of made-up parameters, never fills the cache. Each entry varies by the catalog's
/// <see cref="PublicationCatalog.Version"/>, so a page of an older list is never served after a reload, and the old
/// entries are evicted by tag. The rate limiter runs before this cache, so it still sees every search.
/// </summary>
internal static class PageCaching
{
    /// <summary>Home and year pages: vary by the page number only (they read nothing else).</summary>
    public const string Policy = "pages";

    /// <summary>Paper pages: vary by the search that led there (<c>q</c>), though only the plain page is kept.</summary>
    public const string PaperPolicy = "papers";

    /// <summary>The search page: varies by every parameter the search reads.</summary>
    public const string SearchPolicy = "searches";

    private const string Tag = "catalog";

    public static IServiceCollection AddPageCaching(this IServiceCollection services) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddPolicy(Policy, page => ForTheList(page).SetVaryByQuery("page"));
            cache.AddPolicy(PaperPolicy, page => ForTheList(page).SetVaryByQuery("q"));
            cache.AddPolicy(SearchPolicy, page => ForTheList(page).SetVaryByQuery("q", "year", "sort", "page", "exact"));
        });

    /// <summary>Keeps the page being rendered out of the cache (it is still answered from a kept page when one exists).</summary>
    public static void DoNotKeep(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IOutputCacheFeature>() is { } cache)
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
