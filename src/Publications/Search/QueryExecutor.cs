using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// Runs one parsed query on a searcher: sorting, paging, per-year counts and snippets. Holds only
/// read-only state shared by all searches, so one instance serves every thread.
/// </summary>
/// <param name="publications">Maps a hit back to the list's own publication record.</param>
/// <param name="snippets">Makes the hits' snippets.</param>
/// <param name="clock">Milliseconds, for the time limit on collecting hits (tests pass one that races ahead).</param>
internal sealed class QueryExecutor(IndexedPublications publications, SnippetMaker snippets, Counter clock)
{
    /// <summary>The results of <paramref name="parsed"/> for <paramref name="request"/> (page and size already clamped).</summary>
    public SearchResults Run(IndexSearcher searcher, SearchRequest request, ParsedQuery parsed)
    {
        if (parsed.Search is not { } query || searcher.IndexReader.MaxDoc == 0)
        {
            return new SearchResults(request, 0, [], [], parsed.ReadAsPlainWords, parsed.Notice);
        }
        var relevance = request.Sort == SearchSort.Relevance;
        var skip = (long)(request.Page - 1) * request.PageSize;
        // Never more slots than documents, however large the page number.
        var slots = (int)Math.Clamp(skip + request.PageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = TopFieldCollector.Create(SortFor(request.Sort), slots, fillFields: false,
            trackDocScores: relevance, trackMaxScore: false, docsScoredInOrder: true);
        var collector = new YearCountingCollector(top, request.Years);
        var notice = parsed.Notice;
        var complete = true;
        try
        {
            // The query caps bound the work per document; this bounds the documents: no search runs away.
            searcher.Search(query, new TimeLimitingCollector(collector, clock, SearchLimits.MaxSearchMilliseconds));
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            notice = Join(notice, "The search took too long and was stopped early, so it may have missed some publications.");
            complete = false;
        }
        var page = skip >= top.TotalHits ? [] : top.GetTopDocs((int)skip, request.PageSize).ScoreDocs;
        var hits = page.Select(d => ToHit(searcher, d, parsed, relevance)).ToList();
        return new SearchResults(request, top.TotalHits, hits, collector.YearCounts, parsed.ReadAsPlainWords, notice) { Complete = complete };
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first.TrimEnd('.')}. {second}";

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, ParsedQuery parsed, bool relevance)
    {
        var publication = publications.Of(searcher, scoreDoc.Doc);
        return new SearchHit(publication, snippets.Make(parsed.Highlight, publication.PlainText), relevance ? scoreDoc.Score : 0f);
    }

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
