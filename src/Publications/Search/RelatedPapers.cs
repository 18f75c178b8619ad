using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Finds the papers most like one paper by content: Lucene's <see cref="MoreLikeThis"/> over the paper's text,
/// analyzed again (the index keeps no term vectors), each term matched in text or headline. A new <see cref="MoreLikeThis"/> per call, because it holds settings and a reader
/// and is not thread-safe.
/// </summary>
internal static class RelatedPapers
{
    /// <summary>The most characteristic terms of the paper that make up the "like this" query.</summary>
    private const int MaxQueryTerms = 30;

    /// <summary>
    /// A term most papers use ("model", "language") says nothing about what a paper is about; MoreLikeThis's
    /// idf weighting lowers such terms, and this drops them outright.
    /// </summary>
    private const int MaxDocFreqPercent = 40;

    /// <summary>The papers most like <paramref name="text"/>, the text of the paper indexed under <paramref name="key"/>, best first, never that paper.</summary>
    public static IReadOnlyList<RankedHit> Find(KeyedSearcher searcher, Analyzer analyzer, string key, string text, int count)
    {
        var self = new TermQuery(new Term(FieldNames.Key, key));
        var found = searcher.Search(self, 1);
        if (count <= 0 || found.TotalHits == 0)
        {
            return [];
        }
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            FieldNames = [FieldNames.PlainText, FieldNames.Headline],
            // The paper's text is analyzed again (the index keeps no term vectors): with the index's own analysis.
            Analyzer = analyzer,
            // Abstracts are short: a word said once can still be what the paper is about.
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = MaxQueryTerms,
            ApplyBoost = true,
        };
        // At least 2: in a list of a handful of papers, a word two of them share is exactly the signal wanted.
        like.MaxDocFreq = Math.Max(2, searcher.IndexReader.NumDocs * MaxDocFreqPercent / 100);
        var query = new BooleanQuery
        {
            { like.Like(new StringReader(text), FieldNames.PlainText), Occur.SHOULD },
            { self, Occur.MUST_NOT },
        };
        // Ranked as searches are (ties by year and position, not by document number: the index is built on several
        // threads), without a time limit: the answer is kept for the index's life.
        var ranking = new RankingCollector(searcher, SearchSort.Relevance, years: null, count, clock: null, milliseconds: 0);
        searcher.Search(query, ranking);
        return ranking.Page(0, count);
    }
}
