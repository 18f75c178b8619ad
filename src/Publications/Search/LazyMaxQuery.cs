using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> that matches and scores as Lucene's (the same documents and match counts, the
/// same scores to a float's last bit: the fields' scores are summed in field order, Lucene's in its heap's), but
/// works out a document's score only when asked for it. Lucene's scorer (beta00017) scores every
/// document it lands on, and keeps its sub-scorers in a heap. Inside a conjunction (every word of a query must
/// match) most landings are documents another word then rules out, so that scoring was thrown away. A new search of
/// two or three words at 100,000 papers took 12 % less time with this one (tests/Publications.Benchmarks/README.md,
/// session 13).
/// </summary>
/// <param name="tieBreaker">As <see cref="DisjunctionMaxQuery"/>'s: how much the other matching fields add to the best one.</param>
internal sealed class LazyMaxQuery(float tieBreaker) : DisjunctionMaxQuery(tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LazyMaxWeight(this, searcher);

    /// <summary>
    /// What finds the word in a segment and what else scores it there; null when it is in no field of the segment.
    /// When the first field's query is a term whose documents include those of every other field's term (a word in a
    /// headline or label is nearly always in the text too), the first field's own scorer finds the word and the
    /// others only add to its score; otherwise this query's scorer does both, and nothing else scores.
    /// </summary>
    /// <param name="weight">The weight of a <see cref="LazyMaxQuery"/>: what <see cref="CreateWeight"/> made.</param>
    /// <param name="context">The segment.</param>
    /// <param name="acceptDocs">The documents it may match, as for <see cref="Weight.GetScorer"/>.</param>
    /// <param name="covers">Which terms' documents lie within which others' in the segment.</param>
    internal static (Scorer Finder, Scorer[] Others)? Split(Weight weight, AtomicReaderContext context, IBits acceptDocs, TermCovers covers) =>
        ((LazyMaxWeight)weight).Split(context, acceptDocs, covers);

    /// <summary>Lucene's weight (normalization and explanations unchanged), with <see cref="LazyMaxScorer"/> as its scorer.</summary>
    private sealed class LazyMaxWeight(LazyMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = m_weights.Select(weight => weight.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            return scorers.Length == 0 ? null : new LazyMaxScorer(this, query.TieBreakerMultiplier, scorers);
        }

        /// <summary>As <see cref="LazyMaxQuery.Split"/>, for this weight.</summary>
        public (Scorer Finder, Scorer[] Others)? Split(AtomicReaderContext context, IBits acceptDocs, TermCovers covers)
        {
            var scorers = m_weights.Select(weight => weight.GetScorer(context, acceptDocs)).ToArray();
            if (scorers[0] is { } first && query.Disjuncts[0] is TermQuery { Term: var lead }
                && Enumerable.Range(1, scorers.Length - 1).All(i => scorers[i] is null
                    || (query.Disjuncts[i] is TermQuery { Term: var other } && covers.Covers(context, other, lead))))
            {
                return (first, [.. scorers.Skip(1).OfType<Scorer>()]);
            }
            var found = scorers.OfType<Scorer>().ToArray();
            return found.Length == 0 ? null : (new LazyMaxScorer(this, query.TieBreakerMultiplier, found), []);
        }
    }

    /// <summary>
    /// The union of a few sub-scorers in document order. It positions the sub-scorers that are behind and takes the
    /// smallest document, and scores only in <see cref="GetScore"/>: the best sub-score plus the tie breaker times
    /// the others', summed in the order of the query's fields.
    /// </summary>
    internal sealed class LazyMaxScorer(Weight weight, float tieBreaker, Scorer[] subScorers) : Scorer(weight)
    {
        // Each sub-scorer's document, kept here: reading them is most of the work of a landing, and these are array
        // reads where the sub-scorers' own are virtual calls.
        private readonly int[] _docs = [.. subScorers.Select(scorer => scorer.DocID)];
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => _docs.Count(doc => doc == _doc);

        public override long GetCost() => subScorers.Sum(scorer => scorer.GetCost());

        public override int NextDoc()
        {
            var next = NO_MORE_DOCS;
            for (var i = 0; i < _docs.Length; i++)
            {
                // Those on the current document move on; the others are already past it.
                if (_docs[i] == _doc)
                {
                    _docs[i] = subScorers[i].NextDoc();
                }
                next = Math.Min(next, _docs[i]);
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            var next = NO_MORE_DOCS;
            for (var i = 0; i < _docs.Length; i++)
            {
                if (_docs[i] < target)
                {
                    _docs[i] = subScorers[i].Advance(target);
                }
                next = Math.Min(next, _docs[i]);
            }
            return _doc = next;
        }

        public override float GetScore()
        {
            var (sum, max) = (0f, float.NegativeInfinity);
            for (var i = 0; i < _docs.Length; i++)
            {
                if (_docs[i] == _doc)
                {
                    var score = subScorers[i].GetScore();
                    sum += score;
                    max = Math.Max(max, score);
                }
            }
            return max + ((sum - max) * tieBreaker);
        }

        public override ICollection<ChildScorer> GetChildren() => [.. subScorers.Select(scorer => new ChildScorer(scorer, "SHOULD"))];
    }
}

