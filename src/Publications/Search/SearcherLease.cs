using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// An <see cref="IndexSearcher"/> acquired from a <see cref="SearcherManager"/> for one search; disposing
/// releases it (like Examine's SearcherReference). Use with <c>using</c>; never keep the searcher longer.
/// </summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        // Always a KeyedSearcher: PublicationIndex gives every manager a KeyedSearcher.Factory.
        Searcher = (KeyedSearcher)manager.Acquire();
    }

    /// <summary>The searcher, valid until the lease is disposed.</summary>
    public KeyedSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
