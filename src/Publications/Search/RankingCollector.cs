using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// Collects one search in a single pass: counts matches per year (all years, so the year filter can show what
/// lies outside it), keeps the best <c>slots</c> matches inside the year range in the requested order, and
/// stops the search once it has run over its time. Reads year and ordinal from <see cref="KeyedSearcher"/>'s
/// arrays, where Lucene's sorting collector read them from disk for every match, and looks at the clock every
/// 256 matches instead of at every one.
/// </summary>
internal sealed class RankingCollector : ICollector
{
    /// <summary>Matches collected between two looks at the clock (the first match looks too).</summary>
    private const int ClockInterval = 256;

    private readonly KeyedSearcher _searcher;
    private readonly SearchSort _sort;
    private readonly YearRange? _years;
    private readonly int _slots;
    private readonly Counter? _clock;
    private readonly long _deadline;
    private readonly PriorityQueue<RankedHit, RankedHit> _best;
    // Matches per year, by year minus the searcher's first year: an array read where a dictionary hashed each match.
    private readonly int[] _counts;
    private Scorer? _scorer;
    private int[] _leafYears = [];
    private int[] _leafOrdinals = [];
    private int _docBase;
    private long _seen;

    /// <summary>A collector keeping the best <paramref name="slots"/> matches; <paramref name="clock"/> null sets no time limit.</summary>
    public RankingCollector(KeyedSearcher searcher, SearchSort sort, YearRange? years, int slots, Counter? clock, long milliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        (_searcher, _sort, _years, _slots, _clock) = (searcher, sort, years, slots, clock);
        _counts = new int[searcher.LastYear - searcher.FirstYear + 1];
        _deadline = clock is null ? long.MaxValue : clock.Value + milliseconds;
        // The queue's head is the worst kept hit, the one a better match replaces.
        _best = new PriorityQueue<RankedHit, RankedHit>(Math.Min(slots, 1024), Comparer<RankedHit>.Create((a, b) => Compare(b, a)));
    }

    /// <summary>Matches inside the year range.</summary>
    public int TotalHits { get; private set; }

    /// <summary>Matches per year, newest year first, over every year.</summary>
    public IReadOnlyList<YearCount> YearCounts =>
        [.. Enumerable.Range(0, _counts.Length).Reverse().Where(i => _counts[i] > 0).Select(i => new YearCount(_searcher.FirstYear + i, _counts[i]))];

    // In order: ties between equal keys never arise (year and ordinal are unique), and scoring in order is what
    // the conjunctions here do anyway.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _leafYears = _searcher.YearsOf(context.Ord);
        _leafOrdinals = _searcher.OrdinalsOf(context.Ord);
    }

    public void Collect(int doc)
    {
        if (_seen++ % ClockInterval == 0 && _clock is not null && _clock.Value > _deadline)
        {
            throw new SearchTimeExceededException();
        }
        var year = _leafYears[doc];
        _counts[year - _searcher.FirstYear]++;
        if (_years is { } range && !range.Contains(year))
        {
            return;
        }
        TotalHits++;
        var score = _sort == SearchSort.Relevance ? _scorer!.GetScore() : 0f;
        if (_sort == SearchSort.Relevance && _best.Count == _slots && score < _best.Peek().Score)
        {
            // Most matches of a long list score below the worst kept one: no hit to make and compare.
            return;
        }
        var hit = new RankedHit(_docBase + doc, score, year, _leafOrdinals[doc]);
        if (_best.Count < _slots)
        {
            _best.Enqueue(hit, hit);
        }
        else if (Compare(hit, _best.Peek()) < 0)
        {
            _best.DequeueEnqueue(hit, hit);
        }
    }

    /// <summary>The kept hits from rank <paramref name="skip"/> on, at most <paramref name="count"/>, best first.</summary>
    public RankedHit[] Page(int skip, int count)
    {
        var all = _best.UnorderedItems.Select(item => item.Element).ToArray();
        Array.Sort(all, Compare);
        return [.. all.Skip(skip).Take(count)];
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private int Compare(RankedHit a, RankedHit b)
    {
        var order = _sort switch
        {
            SearchSort.Relevance => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : b.Year.CompareTo(a.Year),
            SearchSort.Newest => b.Year.CompareTo(a.Year),
            _ => a.Year.CompareTo(b.Year),
        };
        // Then file order within the year: the same order the year pages show.
        return order != 0 ? order : a.Ordinal.CompareTo(b.Ordinal);
    }
}

/// <summary>One match: its top-level document number, score (0 unless ranked by relevance), year and ordinal.</summary>
internal readonly record struct RankedHit(int Doc, float Score, int Year, int Ordinal);

/// <summary>Thrown by <see cref="RankingCollector"/> when a search has run over its time; the hits so far stand.</summary>
#pragma warning disable CA1032 // Internal control flow, never constructed elsewhere.
internal sealed class SearchTimeExceededException() : Exception("The search ran over its time limit.");
#pragma warning restore CA1032
