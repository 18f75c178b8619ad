using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// Plain words that must all match (the usual query: <c>language model</c>), one <see cref="LazyMaxQuery"/> per word,
/// matched and scored as the <see cref="BooleanQuery"/> of those clauses is by Lucene (the same documents, and the
/// same scores to a float's last bit), only faster. Lucene steps through the documents of each word's union of fields (text, headline, link
/// labels, names), most of which another word then rules out. Here a word is found through its text alone wherever
/// the text's documents include every other field's (<see cref="TermCovers"/>), and the other fields are looked at
/// only for the documents that match every word, to score them.
/// </summary>
internal sealed class AllWordsQuery : BooleanQuery
{
    /// <summary>A query that every one of <paramref name="words"/> must match.</summary>
    public AllWordsQuery(IEnumerable<LazyMaxQuery> words)
    {
        foreach (var word in words)
        {
            Add(word, Occur.MUST);
        }
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new AllWordsWeight(this, searcher);

    /// <summary>Lucene's boolean weight (normalization, coordination and explanations unchanged), with <see cref="AllWordsScorer"/> as its scorer.</summary>
    private sealed class AllWordsWeight(AllWordsQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        private readonly TermCovers _covers = searcher is KeyedSearcher keyed ? keyed.Covers : new TermCovers();

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var words = new AllWordsScorer.Word[m_weights.Count];
            for (var i = 0; i < words.Length; i++)
            {
                if (LazyMaxQuery.Split(m_weights[i], context, acceptDocs, _covers.Covers) is not var (finder, others))
                {
                    // A word in no field of this segment: nothing here matches them all.
                    return null;
                }
                words[i] = new AllWordsScorer.Word(finder, others);
            }
            // As Lucene's conjunction: all clauses required and matched, so the coordination factor of all of them.
            var coord = query.CoordDisabled ? 1f : Coord(words.Length, m_maxCoord);
            return new AllWordsScorer(this, words, coord);
        }
    }

    /// <summary>
    /// The documents every word's finder is on, found as Lucene's conjunction finds them (the word with the fewest
    /// documents leads, the others are moved on to its document), scored as Lucene's conjunction of the words' own
    /// scorers would be: the words' scores summed in the same order, times the coordination factor.
    /// </summary>
    internal sealed class AllWordsScorer : Scorer
    {
        private readonly Word[] _byCost;
        private readonly Scorer[] _finders;
        private readonly int[] _finderDocs;
        private readonly float _coord;

        public AllWordsScorer(Weight weight, Word[] words, float coord)
            : base(weight)
        {
            _coord = coord;
            // Lucene's conjunction sums the words' scores in the order of their costs (a stable sort): the same floats.
            _byCost = [.. words.OrderBy(word => word.Cost)];
            _finders = [.. words.Select(word => word.Finder).OrderBy(finder => finder.GetCost())];
            _finderDocs = new int[_finders.Length];
            Array.Fill(_finderDocs, -1);
        }

        // The leader's document: every finder is on it once aligned.
        public override int DocID => _finderDocs[0];

        public override int Freq => _byCost.Length;

        public override long GetCost() => _finders[0].GetCost();

        public override int NextDoc() => Align(_finderDocs[0] = _finders[0].NextDoc());

        public override int Advance(int target) => Align(_finderDocs[0] = _finders[0].Advance(target));

        public override float GetScore()
        {
            var sum = 0f;
            foreach (var word in _byCost)
            {
                sum += word.Score();
            }
            return sum * _coord;
        }

        public override ICollection<ChildScorer> GetChildren() => [.. _finders.Select(finder => new ChildScorer(finder, "MUST"))];

        /// <summary>The first document from <paramref name="doc"/> on (the leader's) that every finder is on.</summary>
        private int Align(int doc)
        {
            var i = 1;
            while (i < _finders.Length && doc != NO_MORE_DOCS)
            {
                if (_finderDocs[i] < doc)
                {
                    _finderDocs[i] = _finders[i].Advance(doc);
                }
                if (_finderDocs[i] > doc)
                {
                    // Past it: the leader catches up, and every finder is checked again.
                    doc = _finderDocs[0] = _finders[0].Advance(_finderDocs[i]);
                    i = 1;
                    continue;
                }
                i++;
            }
            return doc;
        }

        /// <summary>One word: the scorer that finds it, and the union of the fields that only add to its score (if any).</summary>
        internal sealed class Word(Scorer finder, LazyMaxQuery.LazyMaxScorer? others)
        {
            public Scorer Finder => finder;

            /// <summary>What Lucene's conjunction orders the words by: the word's own scorer's cost, every field's documents.</summary>
            public long Cost { get; } = finder.GetCost() + (others?.GetCost() ?? 0);

            /// <summary>The score of the document the finder is on, with the other fields' when any scores the word.</summary>
            public float Score() => others is null ? finder.GetScore() : others.ScoreAlong(finder.DocID, finder.GetScore());
        }
    }
}
