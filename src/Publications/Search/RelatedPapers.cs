using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Finds the papers most like one paper by content: Lucene's <see cref="MoreLikeThis"/> over the text and
/// headline term vectors. A new <see cref="MoreLikeThis"/> per call, because it holds settings and a reader
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

    private static readonly ISet<string> s_keyOnly = new[] { FieldNames.Key }.ToFrozenSet();

    /// <summary>Keys of the papers most like the paper stored under <paramref name="key"/>, best first, never that paper.</summary>
    public static IReadOnlyList<string> Find(IndexSearcher searcher, Analyzer analyzer, string key, int count)
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
            // Term vectors are stored, so the analyzer is only a fallback; it must be the index's own.
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
            { like.Like(found.ScoreDocs[0].Doc), Occur.SHOULD },
            { self, Occur.MUST_NOT },
        };
        var top = searcher.Search(query, count);
        return [.. top.ScoreDocs.Select(d => searcher.Doc(d.Doc, s_keyOnly).Get(FieldNames.Key, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
