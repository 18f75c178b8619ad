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
    public SearchResults Run(KeyedSearcher searcher, SearchRequest request, ParsedQuery parsed)
    {
        if (parsed.Search is not { } query || searcher.IndexReader.MaxDoc == 0)
        {
            return new SearchResults(request, 0, [], [], parsed.ReadAsPlainWords, parsed.Notice);
        }
        var skip = (long)(request.Page - 1) * request.PageSize;
        // Never more slots than documents, however large the page number.
        var slots = (int)Math.Clamp(skip + request.PageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        // The query caps bound the work per document; the time limit bounds the documents: no search runs away.
        var collector = new RankingCollector(searcher, request.Sort, request.Years, slots, clock, SearchLimits.MaxSearchMilliseconds);
        var notice = parsed.Notice;
        var complete = true;
        try
        {
            searcher.Search(query, collector);
        }
        catch (SearchTimeExceededException)
        {
            notice = Join(notice, "The search took too long and was stopped early, so it may have missed some publications.");
            complete = false;
        }
        var page = skip >= collector.TotalHits ? [] : collector.Page((int)skip, request.PageSize);
        var hits = page.Select(hit => ToHit(hit, parsed)).ToList();
        return new SearchResults(request, collector.TotalHits, hits, collector.YearCounts, parsed.ReadAsPlainWords, notice) { Complete = complete };
    }

    private SearchHit ToHit(RankedHit hit, ParsedQuery parsed)
    {
        var publication = publications.Of(hit.Year, hit.Ordinal);
        return new SearchHit(publication, snippets.Make(parsed.Highlight, publication.PlainText), hit.Score);
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first.TrimEnd('.')}. {second}";
}
