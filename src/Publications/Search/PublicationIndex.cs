using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Publications.Model;
using Publications.Parsing;

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
    private readonly IndexedPublications _publications;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly PublicationAnalyzer _indexAnalyzer = new(AnalysisMode.Index);
    private readonly PublicationAnalyzer _queryAnalyzer = new(AnalysisMode.Query);
    private readonly PublicationAnalyzer _highlightAnalyzer = new(AnalysisMode.Highlight);
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly TextQueries _textQueries;
    private readonly QueryExecutor _executor;
    private readonly SpellingCorrector _corrector;
    // Searches: popular queries are answered at once; a search cut short by its time limit is not kept.
    private readonly BoundedCache<SearchRequest, SearchResults> _cache = new(SearchCacheCapacity);

    // Related papers: MoreLikeThis is costly (tens of milliseconds at 100,000 papers), and a paper's related papers
    // never change; bounded, so a crawler reading every paper of a huge list does not keep them all.
    private readonly BoundedCache<(string Key, int Count), IReadOnlyList<Publication>> _related = new(RelatedCacheCapacity);

    /// <summary>Searches remembered (see <see cref="BoundedCache{TKey, TValue}"/>).</summary>
    internal const int SearchCacheCapacity = 2_048;

    /// <summary>Papers whose related papers are remembered: every paper of a 100,000-paper list, a few tens of megabytes at most.</summary>
    internal const int RelatedCacheCapacity = 100_000;

    /// <summary>The version of the index's fields and analysis; part of a persisted index's folder name, so a change rebuilds.</summary>
    public const int SchemaVersion = 4;

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
        : this(list, folder, [])
    {
    }

    /// <summary>
    /// As <see cref="PublicationIndex(PublicationList, string?)"/>; a folder built now also keeps the list's records
    /// and <paramref name="warnings"/>, so <see cref="OpenStored(string, string)"/> can give them back on the next start.
    /// </summary>
    public PublicationIndex(PublicationList list, string? folder, IReadOnlyList<ListError> warnings)
        : this(list, folder, warnings, new SearchClock())
    {
    }

    /// <summary>As the public constructor, with the clock of the per-search time limit (tests make one race ahead).</summary>
    internal PublicationIndex(PublicationList list, string? folder, IReadOnlyList<ListError> warnings, Lucene.Net.Util.Counter clock)
        : this(list, clock, opened: null, folder, warnings)
    {
    }

    private PublicationIndex(PublicationList list, Lucene.Net.Util.Counter clock, Lucene.Net.Store.Directory? opened, string? folder, IReadOnlyList<ListError> warnings)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(warnings);
        _list = list;
        _publications = new IndexedPublications(list);
        if (opened is not null)
        {
            (_directory, Built) = (opened, false);
            _searchers = new SearcherManager(_directory, searcherFactory: new KeyedSearcher.Factory());
        }
        else if (folder is null)
        {
            _directory = new RAMDirectory();
            _writer = new IndexWriter(_directory, IndexWriting.Config(_indexAnalyzer));
            IndexWriting.AddAll(_writer, list);
            _writer.Commit();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: new KeyedSearcher.Factory());
        }
        else
        {
            (_directory, Built) = IndexFolder.OpenOrBuild(folder, list, warnings, _indexAnalyzer);
            _searchers = new SearcherManager(_directory, searcherFactory: new KeyedSearcher.Factory());
        }
        _textQueries = new TextQueries(_queryAnalyzer);
        _executor = new QueryExecutor(_publications, new SnippetMaker(_indexAnalyzer, _highlightAnalyzer), clock);
        _corrector = new SpellingCorrector(_queryAnalyzer);
    }

    /// <summary>
    /// The index persisted in <paramref name="folder"/> with the list it was built from, read back from the folder
    /// without parsing the list file: what a restart on an unchanged list does. Null when the folder holds no
    /// complete index; a damaged one is deleted (then parse the list and construct the index, which rebuilds it).
    /// The caller names the folder after the list file's content hash, so the records are that file's.
    /// </summary>
    /// <param name="folder">The index folder, named as for the constructor.</param>
    /// <param name="listPath">The list file's path, named by the warnings given back.</param>
    public static StoredIndex? OpenStored(string folder, string listPath) => OpenStored(folder, listPath, out _);

    /// <summary>As <see cref="OpenStored(string, string)"/>, saying why a complete folder was deleted instead of opened.</summary>
    /// <param name="folder">The index folder, named as for the constructor.</param>
    /// <param name="listPath">The list file's path, named by the warnings given back.</param>
    /// <param name="discarded">
    /// Why the folder, complete, could not be used and was deleted (records of another format, a failed checksum, a
    /// damaged index), as a phrase for a log line; null when it was opened, or when it was missing or unfinished.
    /// </param>
    public static StoredIndex? OpenStored(string folder, string listPath, out string? discarded)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(listPath);
        if (IndexFolder.TryOpenStored(folder, listPath, out discarded) is not { } stored)
        {
            return null;
        }
        try
        {
            return new StoredIndex(new PublicationIndex(stored.List, new SearchClock(), stored.Directory, folder, stored.Warnings), stored.Warnings);
        }
        catch
        {
            stored.Directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The index <see cref="BuildFolder"/> has just built in <paramref name="folder"/>, opened as <see cref="OpenStored(string, string)"/>
    /// opens it, so the first start serves what a restart will. Throws when the folder cannot be opened: a build that
    /// said it was complete left something else behind.
    /// </summary>
    public static StoredIndex OpenBuilt(string folder, string listPath) =>
        OpenStored(folder, listPath) ?? throw new IOException($"The index just built in {folder} cannot be opened.");

    /// <summary>
    /// Parses the list file at <paramref name="listPath"/> straight into a new persisted index in
    /// <paramref name="folder"/>, and leaves it there to be opened: each publication is indexed and
    /// its record written as soon as it is parsed (see <see cref="FolderBuild"/>), so parsing and indexing run at
    /// once and the list's texts are never all in memory. Nothing is built when the list has errors, or when the
    /// file no longer has <paramref name="contentHash"/> (it changed after the caller hashed it to name the folder:
    /// hash and parse it again). Open what was built with <see cref="OpenBuilt"/>.
    /// </summary>
    /// <param name="listPath">The list file.</param>
    /// <param name="folder">The index folder, named as for the constructor; replaced if it exists.</param>
    /// <param name="contentHash">The file's <see cref="ListParser.ContentHashOf"/>, which the folder is named after.</param>
    public static FolderBuildResult BuildFolder(string listPath, string folder, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(listPath);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(contentHash);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var analyzer = new PublicationAnalyzer(AnalysisMode.Index);
        using var build = new FolderBuild(folder, analyzer);
        var parsed = ListParser.ParseFile(listPath, build.Add);
        var parsing = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var changed = parsed.ContentHash is not null && parsed.ContentHash != contentHash;
        if (!parsed.Succeeded || changed)
        {
            return new FolderBuildResult(false, parsed.Errors, parsed.Warnings, changed, parsing);
        }
        build.Complete(parsed.Owner!, parsed.Subtitle, parsed.Warnings);
        build.Publish(folder);
        return new FolderBuildResult(true, [], parsed.Warnings, false, parsing);
    }

    /// <summary>The list this index searches: the records every hit maps back to.</summary>
    public PublicationList List => _list;

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
    public SearchResults Search(SearchRequest request) => _cache.GetOrAdd(Clamp(request), SearchUncached, results => results.Complete);

    /// <summary>The answer to <paramref name="request"/> if it is in the answer cache: no search is run.</summary>
    public bool TryCached(SearchRequest request, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SearchResults? results) =>
        _cache.TryGet(Clamp(request), out results);

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
        if (_list.Find(publication.Year, publication.Ordinal) is not { } own || own != publication)
        {
            return [];
        }
        // The index never changes, so a paper's related papers never do: found once (MoreLikeThis is costly) and
        // remembered. At most one entry per paper and count asked for (the pages ask for one count).
        return _related.GetOrAdd((key, Math.Clamp(count, 0, SearchLimits.MaxPageSize)), k =>
        {
            using var lease = new SearcherLease(_searchers);
            return [.. RelatedPapers.Find(lease.Searcher, _indexAnalyzer, k.Key, own.PlainText, k.Count).Select(hit => _publications.Of(hit.Year, hit.Ordinal))];
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

    private SearchResults Run(KeyedSearcher searcher, SearchRequest request, string? query)
    {
        // A parser per query: it holds state while it reads.
        var parsed = new UserQueryParser(_textQueries).Parse(query);
        return _executor.Run(searcher, request, parsed);
    }
}
