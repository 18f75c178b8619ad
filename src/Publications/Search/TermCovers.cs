using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Whether, in one segment of the index, every document with one term also has another: whether a word's match in
/// the headline, a link label or a name can only ever be in a paper whose text has the word too. Worked out once per
/// segment and pair of terms by walking the first term's documents (a few thousand at most for a common word's
/// headlines) and remembered: the index never changes once opened. Thread-safe.
/// </summary>
internal sealed class TermCovers
{
    /// <summary>Pairs of terms remembered per searcher before the table is emptied (see <see cref="BoundedCache{TKey, TValue}"/>).</summary>
    internal const int Capacity = 65_536;

    private readonly BoundedCache<(int Leaf, Term Term, Term Cover), bool> _known = new(Capacity);

    /// <summary>True when every document of <paramref name="leaf"/> with <paramref name="term"/> also has <paramref name="cover"/>.</summary>
    public bool Covers(AtomicReaderContext leaf, Term term, Term cover) =>
        _known.GetOrAdd((leaf.Ord, term, cover), key => Walk(leaf.AtomicReader, key.Term, key.Cover));

    private static bool Walk(AtomicReader reader, Term term, Term cover)
    {
        if (reader.GetTermDocsEnum(term) is not { } documents)
        {
            return true;
        }
        if (reader.GetTermDocsEnum(cover) is not { } covering)
        {
            return false;
        }
        int doc;
        while ((doc = documents.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var at = covering.DocID < doc ? covering.Advance(doc) : covering.DocID;
            if (at != doc)
            {
                return false;
            }
        }
        return true;
    }
}
