using System.Collections.Concurrent;

namespace Publications.Search;

/// <summary>
/// Recent answers of one index, keyed by the whole request (a record: compared by value). An index never
/// changes after it is built, so an answer stays right for the index's life; a reloaded list comes with a new
/// index and so a new, empty cache. Bounded crudely but safely: when full it is emptied, so a flood of distinct
/// queries costs what it would without a cache, and popular queries (the usual traffic) are answered at once.
/// </summary>
internal sealed class ResultCache
{
    private const int Capacity = 2_048;
    private readonly ConcurrentDictionary<SearchRequest, SearchResults> _answers = new();

    public bool TryGet(SearchRequest request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SearchResults? results) =>
        _answers.TryGetValue(request, out results);

    public SearchResults GetOrAdd(SearchRequest request, Func<SearchRequest, SearchResults> search)
    {
        if (TryGet(request, out var cached))
        {
            return cached;
        }
        var results = search(request);
        if (results.Complete)
        {
            if (_answers.Count >= Capacity)
            {
                _answers.Clear();
            }
            _answers.TryAdd(request, results);
        }
        return results;
    }
}
