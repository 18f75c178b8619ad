using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// The search index of one <see cref="PublicationList"/>: built in memory when constructed, then searched
/// by any number of threads at once. One per app (a DI singleton). It owns its directory, analyzers,
/// writer and <see cref="SearcherManager"/>, and disposes them all in <see cref="Dispose"/>; the list stays
/// the caller's. Hits map back to the list's own <see cref="Publication"/> records, so callers never see Lucene types.
/// </summary>
public sealed class PublicationIndex : IDisposable
{
    /// <summary>"At most two hits" (DESIGN §4): below this a close correction is worth suggesting when it finds many more.</summary>
    private const int FewHits = 2;

    private readonly PublicationList _list;
    private readonly Dictionary<string, Publication> _byKey;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly PublicationAnalyzer _indexAnalyzer = new(AnalysisMode.Index);
    private readonly PublicationAnalyzer _queryAnalyzer = new(AnalysisMode.Query);
    private readonly PublicationAnalyzer _highlightAnalyzer = new(AnalysisMode.Highlight);
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly TextQueries _textQueries;
    private readonly QueryExecutor _executor;
    private readonly SpellingCorrector _corrector;
    private readonly ResultCache _cache = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, int Count), IReadOnlyList<Publication>> _related = new();

    /// <summary>The version of the index's fields and analysis; part of a persisted index's folder name, so a change rebuilds.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Indexes every publication of <paramref name="list"/> in memory.</summary>
    public PublicationIndex(PublicationList list)
        : this(list, folder: null)
    {
    }

    /// <summary>
    /// Indexes <paramref name="list"/>: in memory when <paramref name="folder"/> is null, else persisted in that folder,
    /// which is opened as it is when it already holds this list's complete index (see <see cref="IndexFolder"/>).
    /// The caller names the folder after the list's content and <see cref="SchemaVersion"/>.
    /// </summary>
    public PublicationIndex(PublicationList list, string? folder)
        : this(list, folder, new SearchClock())
    {
    }

    /// <summary>As the public constructor, with the clock of the per-search time limit (tests make one race ahead).</summary>
    internal PublicationIndex(PublicationList list, string? folder, Lucene.Net.Util.Counter clock)
    {
        ArgumentNullException.ThrowIfNull(list);
        _list = list;
        _byKey = list.All.ToDictionary(p => PublicationDocument.KeyOf(p.Year, p.Ordinal));
        if (folder is null)
        {
            _directory = new RAMDirectory();
            _writer = new IndexWriter(_directory, new IndexWriterConfig(PublicationAnalyzer.Version, _indexAnalyzer) { OpenMode = OpenMode.CREATE });
            _writer.AddDocuments(list.All.Select(PublicationDocument.Create));
            // Once, after the bulk add: committing per document is slow (lucenenet#933).
            _writer.Commit();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        }
        else
        {
            (_directory, Built) = IndexFolder.OpenOrBuild(folder, list, _indexAnalyzer);
            _searchers = new SearcherManager(_directory, searcherFactory: null);
        }
        _textQueries = new TextQueries(_queryAnalyzer);
        _executor = new QueryExecutor(_byKey, new SnippetMaker(_indexAnalyzer, _highlightAnalyzer), clock);
        _corrector = new SpellingCorrector(_queryAnalyzer);
    }

    /// <summary>False when a persisted index was opened as it was; true when this instance built it.</summary>
    public bool Built { get; } = true;

    /// <summary>
    /// Asks the index itself, not a cache, how many documents a searcher sees now: the health check's probe.
    /// Throws (ObjectDisposedException and kin) when the index can no longer answer.
    /// </summary>
    public int CountIndexedDocuments()
    {
        using var lease = new SearcherLease(_searchers);
        return lease.Searcher.IndexReader.NumDocs;
    }

    /// <summary>How many publications are indexed.</summary>
    public int Count => _list.Count;

    /// <summary>
    /// Runs one search. Never throws for any query text; unreadable text is searched as plain words. When the
    /// query finds nothing, or at most two papers where a spelling correction finds many more, the results carry
    /// a <see cref="Correction"/>; when the original found nothing (and <see cref="SearchRequest.Exact"/> is not
    /// set) and the correction finds something, the results are the correction's.
    /// </summary>
    public SearchResults Search(SearchRequest request) => _cache.GetOrAdd(Clamp(request), SearchUncached);

    /// <summary>The same search without the answer cache: what a new query costs (benchmarks measure this).</summary>
    internal SearchResults SearchUncached(SearchRequest request)
    {
        request = Clamp(request);
        using var lease = new SearcherLease(_searchers);
        var results = Run(lease.Searcher, request, request.Query);
        if (results.Total > FewHits || string.IsNullOrWhiteSpace(request.Query)
            || _corrector.Correct(lease.Searcher.IndexReader, request.Query) is not { } correction)
        {
            return results;
        }
        var corrected = Run(lease.Searcher, request, correction);
        if (results.Total == 0 && corrected.Total > 0 && !request.Exact)
        {
            // Confident: the original finds nothing. The request stays the user's, so "search instead for" has it.
            return corrected with { Correction = new Correction(correction, Applied: true) };
        }
        // A suggestion only when following it pays: something where there was nothing, or clearly more.
        var worthIt = results.Total == 0 ? corrected.Total > 0 : corrected.Total >= 3 * results.Total;
        return worthIt ? results with { Correction = new Correction(correction, Applied: false) } : results;
    }

    private static SearchRequest Clamp(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 1, SearchLimits.MaxPageSize),
        };
    }

    /// <summary>
    /// The publications most similar to <paramref name="publication"/> by content (words of text and headline),
    /// best first: at most <paramref name="count"/>, never the publication itself, empty when it is not in this
    /// index or is the only one.
    /// </summary>
    public IReadOnlyList<Publication> Related(Publication publication, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var key = PublicationDocument.KeyOf(publication.Year, publication.Ordinal);
        if (!_byKey.TryGetValue(key, out var own) || own != publication)
        {
            return [];
        }
        // The index never changes, so a paper's related papers never do: found once (MoreLikeThis is costly), kept
        // for the index's life. At most one entry per paper and count asked for (the pages ask for one count).
        return _related.GetOrAdd((key, Math.Clamp(count, 0, SearchLimits.MaxPageSize)), k =>
        {
            using var lease = new SearcherLease(_searchers);
            return [.. RelatedPapers.Find(lease.Searcher, _indexAnalyzer, k.Key, k.Count).Select(found => _byKey[found])];
        });
    }

    /// <summary>
    /// A matcher for the words of <paramref name="query"/>, analyzed as the search analyzes them, to mark them
    /// in a paper's text. It uses this index's analyzers: use it while the index lives (it is a singleton).
    /// </summary>
    public QueryWordMatcher WordMatcher(string? query) => QueryWords.Read(query, _queryAnalyzer, _indexAnalyzer);

    /// <summary>Disposes the searcher manager, writer, directory and analyzers.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _highlightAnalyzer.Dispose();
    }

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, string? query)
    {
        // A parser per query: it holds state while it reads.
        var parsed = new UserQueryParser(_textQueries).Parse(query);
        return _executor.Run(searcher, request, parsed);
    }
}
