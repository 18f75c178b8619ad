using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace Publications.Search;

/// <summary>
/// Lucene's <see cref="SimpleSpanFragmenter"/> with one fix: it keeps a fragment open until the position
/// right after a matched phrase, and waits for exactly that position. When a stop word follows the phrase
/// ("Tree-Search Scaling), a unified …") that position is skipped, so the fragment never closes and the
/// snippet runs to the end of the text. Here any later position closes it. One instance per snippet.
/// </summary>
internal sealed class SpanFragmenter(QueryScorer scorer, int fragmentSize) : IFragmenter
{
    private ICharTermAttribute? _term;
    private IPositionIncrementAttribute? _increment;
    private IOffsetAttribute? _offset;
    private int _textSize;
    private int _fragments;
    private int _position;
    private int _waitFor;

    public void Start(string originalText, TokenStream tokenStream)
    {
        _term = tokenStream.AddAttribute<ICharTermAttribute>();
        _increment = tokenStream.AddAttribute<IPositionIncrementAttribute>();
        _offset = tokenStream.AddAttribute<IOffsetAttribute>();
        _textSize = originalText.Length;
        _fragments = 1;
        _position = -1;
        _waitFor = -1;
    }

    public bool IsNewFragment()
    {
        _position += _increment!.PositionIncrement;
        if (_waitFor >= 0 && _position < _waitFor)
        {
            // Inside a matched phrase: never cut it in two.
            return false;
        }
        _waitFor = -1;
        if (scorer.GetWeightedSpanTerm(_term!.ToString()) is { } spanTerm)
        {
            var span = spanTerm.PositionSpans.FirstOrDefault(s => s.Start == _position);
            _waitFor = span is null ? -1 : span.End + 1;
        }
        var start = _offset!.StartOffset;
        var isNew = start >= fragmentSize * _fragments && _textSize - start >= fragmentSize / 2;
        if (isNew)
        {
            _fragments++;
        }
        return isNew;
    }
}
