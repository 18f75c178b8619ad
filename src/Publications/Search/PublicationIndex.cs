using Publications.Model;

namespace Publications.Search;

/// <summary>TEMPORARY stand-in until Search/ lands (being written now).</summary>
public sealed class PublicationIndex(PublicationList list) : IDisposable
{
    /// <summary>Searches.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hits = list.All.Where(p => request.Query is { Length: > 0 } q && p.PlainText.Contains(q, StringComparison.OrdinalIgnoreCase))
            .Select(p => new SearchHit(p, System.Net.WebUtility.HtmlEncode(p.PlainText[..Math.Min(200, p.PlainText.Length)]), 1)).ToList();
        return new SearchResults(request, hits.Count, hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(), [], false, null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
