using Microsoft.Extensions.Options;

namespace Publications.Web.Infrastructure;

/// <summary>Builds absolute URLs: from <see cref="PublicationsOptions.PublicBaseUrl"/> when set, else from the request.</summary>
public sealed class SiteUrls(IOptions<PublicationsOptions> options)
{
    private readonly string? _base = options.Value.PublicBaseUrl?.TrimEnd('/');

    /// <summary>The absolute URL of a site-relative <paramref name="pathAndQuery"/> (which starts with '/').</summary>
    public string Absolute(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = _base ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
        return origin + pathAndQuery;
    }
}
