using Publications.Model;

namespace Publications.Text;

/// <summary>Extracts every http(s) link of an abstract, in order, without duplicates. Pure and thread-safe.</summary>
internal static class LinkExtractor
{
    /// <summary>
    /// Scans the raw abstract (not the rendered text) so URLs inside Markdown links, autolinks and reference
    /// definitions are found as well as bare and glued ones; only http(s) URLs pass <see cref="UrlPolicy"/>.
    /// </summary>
    public static IReadOnlyList<PublicationLink> Extract(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PublicationLink>();
        foreach (var match in UrlScanner.Find(abstractText))
        {
            if (seen.Add(match.Href))
            {
                links.Add(LinkClassifier.Classify(match.Href, match.Uri));
            }
        }
        return links;
    }
}
