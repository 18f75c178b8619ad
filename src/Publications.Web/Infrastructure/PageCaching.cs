using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Caches the rendered list pages (home, year, paper) on the server: they change only when the list does. Each
/// entry varies by the catalog's <see cref="PublicationCatalog.Version"/>, so a page of an older list is never
/// served after a reload, and the old entries are evicted by tag. Search pages are not cached here: the index
/// caches their answers, and the rate limiter must still see every search.
/// </summary>
internal static class PageCaching
{
    public const string Policy = "pages";
    private const string Tag = "catalog";

    public static IServiceCollection AddPageCaching(this IServiceCollection services) =>
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 256L * 1024 * 1024;
            cache.AddPolicy(Policy, page => page
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("page", "q")
                .VaryByValue(context => new KeyValuePair<string, string>("list",
                    context.RequestServices.GetRequiredService<PublicationCatalog>().Version.ToString(CultureInfo.InvariantCulture)))
                .Tag(Tag));
        });

    /// <summary>Drops the cached pages of earlier lists when the catalog reloads.</summary>
    public static void EvictOnReload(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<PublicationCatalog>().Reloaded += (_, _) =>
            store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }
}
