using System.Globalization;
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
    private readonly PublicationList _list;
    private readonly Dictionary<string, Publication> _byKey;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly PublicationAnalyzer _indexAnalyzer = new(AnalysisMode.Index);
    private readonly PublicationAnalyzer _queryAnalyzer = new(AnalysisMode.Query);
    private readonly PublicationAnalyzer _highlightAnalyzer = new(AnalysisMode.Highlight);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly TextQueries _textQueries;
    private readonly SnippetMaker _snippets;

    /// <summary>Indexes every publication of <paramref name="list"/>.</summary>
    public PublicationIndex(PublicationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        _list = list;
        _byKey = list.All.ToDictionary(p => PublicationDocument.KeyOf(p.Year, p.Ordinal));
        _directory = OpenDirectory();
        _writer = new IndexWriter(_directory, new IndexWriterConfig(PublicationAnalyzer.Version, _indexAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
        });
        _writer.AddDocuments(list.All.Select(PublicationDocument.Create));
        // Once, after the bulk add: committing per document is slow (lucenenet#933).
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _textQueries = new TextQueries(_queryAnalyzer);
        _snippets = new SnippetMaker(_indexAnalyzer, _highlightAnalyzer);
    }

    /// <summary>How many publications are indexed.</summary>
    public int Count => _list.Count;

    /// <summary>Runs one search. Never throws for any query text; unreadable text is searched as plain words.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request with
        {
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 1, SearchLimits.MaxPageSize),
        };
        // A parser per query: it holds state while it reads.
        var parsed = new UserQueryParser(_textQueries).Parse(request.Query);
        if (parsed.Search is null || Count == 0)
        {
            return new SearchResults(request, 0, [], [], parsed.ReadAsPlainWords, parsed.Notice);
        }
        using var lease = new SearcherLease(_searchers);
        return Run(lease.Searcher, request, parsed.Search, parsed);
    }

    /// <summary>Disposes the searcher manager, writer, directory and analyzers.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _highlightAnalyzer.Dispose();
    }

    /// <summary>
    /// The one place that chooses where the index lives. In memory for now; an on-disk index must use
    /// NIOFSDirectory, not FSDirectory.Open (MMapDirectory is slow and can crash in beta00017, DESIGN §4).
    /// </summary>
#pragma warning disable CS0618 // RAMDirectory is obsolete in favour of on-disk directories; fine for lists of this size.
    private static RAMDirectory OpenDirectory() => new();
#pragma warning restore CS0618

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, Query query, ParsedQuery parsed)
    {
        var relevance = request.Sort == SearchSort.Relevance;
        var skip = (long)(request.Page - 1) * request.PageSize;
        // Never more slots than documents, however large the page number.
        var slots = (int)Math.Clamp(skip + request.PageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = TopFieldCollector.Create(SortFor(request.Sort), slots, fillFields: false,
            trackDocScores: relevance, trackMaxScore: false, docsScoredInOrder: true);
        var collector = new YearCountingCollector(top, request.Years);
        searcher.Search(query, collector);
        var page = skip >= top.TotalHits ? [] : top.GetTopDocs((int)skip, request.PageSize).ScoreDocs;
        var hits = page.Select(d => ToHit(searcher, d, parsed, relevance)).ToList();
        return new SearchResults(request, top.TotalHits, hits, collector.YearCounts, parsed.ReadAsPlainWords, parsed.Notice);
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, ParsedQuery parsed, bool relevance)
    {
        var document = searcher.Doc(scoreDoc.Doc, s_storedFields);
        var publication = _byKey[document.Get(FieldNames.Key, CultureInfo.InvariantCulture)];
        var text = document.Get(FieldNames.PlainText, CultureInfo.InvariantCulture) ?? publication.PlainText;
        return new SearchHit(publication, _snippets.Make(parsed.Highlight, text), relevance ? scoreDoc.Score : 0f);
    }

    /// <summary>The stored fields a hit needs.</summary>
    private static readonly ISet<string> s_storedFields = new HashSet<string> { FieldNames.Key, FieldNames.PlainText };

    private static Sort SortFor(SearchSort sort)
    {
        var ordinal = new SortField(FieldNames.Ordinal, SortFieldType.INT32);
        return sort switch
        {
            SearchSort.Newest => new Sort(new SortField(FieldNames.Year, SortFieldType.INT32, true), ordinal),
            SearchSort.Oldest => new Sort(new SortField(FieldNames.Year, SortFieldType.INT32), ordinal),
            _ => new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.Year, SortFieldType.INT32, true), ordinal),
        };
    }
}
