using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Counts every matching document per year (read from the year's doc values, no documents loaded) and
/// passes on to <paramref name="inner"/> only the documents inside <paramref name="years"/>. One pass
/// gives both the per-year counts before narrowing and the narrowed hits. One instance per search.
/// </summary>
internal sealed class YearCountingCollector(ICollector inner, YearRange? years) : ICollector
{
    private readonly Dictionary<int, int> _counts = [];
    private NumericDocValues? _years;

    /// <summary>Matches per year before narrowing, newest year first.</summary>
    public IReadOnlyList<YearCount> YearCounts =>
        [.. _counts.OrderByDescending(c => c.Key).Select(c => new YearCount(c.Key, c.Value))];

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _years = context.AtomicReader.GetNumericDocValues(FieldNames.Year);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        // Every document has a year; a segment without the field would be a mapping bug, counted as year 0.
        var year = (int)(_years?.Get(doc) ?? 0);
        _counts[year] = _counts.GetValueOrDefault(year) + 1;
        if (years is not { } range || range.Contains(year))
        {
            inner.Collect(doc);
        }
    }
}
