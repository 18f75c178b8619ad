using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> (a word looked for in several fields) that <see cref="AllWordsQuery"/> can take
/// apart: find the word through one field and score it with the others, or find it through a union of the fields
/// that scores a document only when asked (<see cref="LazyMaxScorer"/>). Elsewhere (a lone word, OR, NOT) it is
/// Lucene's query, with Lucene's scorer: there every document a word's scorer lands on is a match, scored anyway,
/// and Lucene's scorer measured as fast or a little faster.
/// </summary>
/// <param name="tieBreaker">As <see cref="DisjunctionMaxQuery"/>'s: how much the other matching fields add to the best one.</param>
internal sealed class LazyMaxQuery(float tieBreaker) : DisjunctionMaxQuery(tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LazyMaxWeight(this, searcher);

    /// <summary>
    /// What finds the word in a segment and what else scores it there; null when it is in no field of the segment.
    /// When the first field's query is a term whose documents include those of every other field's term (a word in a
    /// headline or label is nearly always in the text too), the first field's own scorer finds the word and a
    /// <see cref="LazyMaxScorer"/> of the others (null when none has the word) only adds to its score
    /// (<see cref="LazyMaxScorer.ScoreAlong"/>); otherwise a <see cref="LazyMaxScorer"/> of every field does both.
    /// </summary>
    /// <param name="weight">The weight of a <see cref="LazyMaxQuery"/>: what <see cref="CreateWeight"/> made.</param>
    /// <param name="context">The segment.</param>
    /// <param name="acceptDocs">The documents it may match, as for <see cref="Weight.GetScorer"/>.</param>
    /// <param name="covers">
    /// Whether, in the segment, every document with the first term also has the second (<see cref="TermCovers.Covers"/>).
    /// </param>
    internal static (Scorer Finder, LazyMaxScorer? Others)? Split(Weight weight, AtomicReaderContext context, IBits acceptDocs, Func<AtomicReaderContext, Term, Term, bool> covers) =>
        ((LazyMaxWeight)weight).Split(context, acceptDocs, covers);

    /// <summary>Lucene's weight, scorer and explanations, and the parts <see cref="Split"/> takes apart.</summary>
    private sealed class LazyMaxWeight(LazyMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        /// <summary>As <see cref="LazyMaxQuery.Split"/>, for this weight.</summary>
        public (Scorer Finder, LazyMaxScorer? Others)? Split(AtomicReaderContext context, IBits acceptDocs, Func<AtomicReaderContext, Term, Term, bool> covers)
        {
            var scorers = m_weights.Select(weight => weight.GetScorer(context, acceptDocs)).ToArray();
            if (scorers[0] is { } first && query.Disjuncts[0] is TermQuery { Term: var lead }
                && Enumerable.Range(1, scorers.Length - 1).All(i => scorers[i] is null
                    || (query.Disjuncts[i] is TermQuery { Term: var other } && covers(context, other, lead))))
            {
                return (first, Union([.. scorers.Skip(1).OfType<Scorer>()]));
            }
            return Union([.. scorers.OfType<Scorer>()]) is { } union ? (union, null) : null;
        }

        private LazyMaxScorer? Union(Scorer[] scorers) =>
            scorers.Length == 0 ? null : new LazyMaxScorer(this, query.TieBreakerMultiplier, scorers);
    }

    /// <summary>
    /// The union of a few sub-scorers in document order, scoring as Lucene's disjunction-max scorer does (the same
    /// documents and match counts, the same scores to a float's last bit: summed in field order, Lucene's in its heap's)
    /// but only in <see cref="GetScore"/>: Lucene's scores every document it lands on, and inside a conjunction most
    /// landings are documents another word then rules out. It positions the sub-scorers that are behind and takes the
    /// smallest document; their positions are kept in an array instead of a heap.
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

        public override float GetScore() => Combine(0f, float.NegativeInfinity);

        /// <summary>
        /// The score of document <paramref name="doc"/>, which a field before these (the word's text) scores
        /// <paramref name="first"/>: the best of that and these fields' scores on it (moved on to it when behind) plus
        /// the tie breaker times the rest, summed in field order as <see cref="GetScore"/> sums them.
        /// </summary>
        public float ScoreAlong(int doc, float first)
        {
            if (_doc < doc)
            {
                Advance(doc);
            }
            return _doc == doc ? Combine(first, first) : first;
        }

        /// <summary>The score from a sum and maximum so far and the scores of the sub-scorers on the current document, added in field order.</summary>
        private float Combine(float sum, float max)
        {
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

