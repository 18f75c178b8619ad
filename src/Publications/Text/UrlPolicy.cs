using System.Diagnostics.CodeAnalysis;

namespace Publications.Text;

/// <summary>The URL allow-list: absolute http and https URLs with a host, nothing else.</summary>
internal static class UrlPolicy
{
    /// <summary>
    /// True when <paramref name="url"/> may become an href. The literal prefix check comes first because
    /// browsers ignore leading control characters and entity tricks (<c>&amp;#106;avascript:</c>) that a
    /// scheme comparison on a parsed URI could miss.
    /// </summary>
    public static bool TryParse(string? url, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (url is null
            || !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || url.Any(char.IsControl)
            || !Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            return false;
        }
        if ((parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) || parsed.Host.Length == 0)
        {
            return false;
        }
        uri = parsed;
        return true;
    }

    /// <summary>True when <paramref name="url"/> passes <see cref="TryParse"/>.</summary>
    public static bool IsAllowed(string? url) => TryParse(url, out _);
}
