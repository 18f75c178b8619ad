using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Publications.Search;

/// <summary>
/// What the index chain's filters (<see cref="PublicationAnalyzer.Filters"/>: possessive, joined-name split, case,
/// diacritics, stop words, stemming) make of each word the tokenizer emits, worked out once per indexing thread and
/// replayed for every later occurrence of the same word (<see cref="Filter"/>). A list of 100,000 abstracts has
/// 24 million words but only a few hundred thousand distinct ones, and running the six filters on each word was a
/// third of building the index. The filters still define the result: a word not seen yet goes through them, on its
/// own, and what comes out (terms, position increments, offsets, the unstemmed words for
/// <see cref="DocumentWords"/>) is what is remembered. None of them looks beyond the word in hand except the stop
/// filter, whose skipped positions <see cref="Filter"/> carries over to the next word itself. Not thread-safe.
/// </summary>
internal sealed class TokenExpansions : IDisposable
{
    /// <summary>Words an indexing thread remembers before the table is dropped (bounds memory on huge vocabularies).</summary>
    public const int IndexingEntries = 200_000;

    /// <summary>
    /// Words a searching thread remembers for snippets and related papers: the words of the texts shown, far fewer,
    /// and one table per request thread, so a smaller bound (a few megabytes each).
    /// </summary>
    public const int SearchingEntries = 20_000;

    private readonly int _maxEntries;

    private readonly Dictionary<string, Expansion> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expansion>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
    private readonly OneWord _source = new();
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly List<string> _recorded = [];
    private readonly List<ExpandedToken> _tokens = [];

    /// <param name="maxEntries">Words remembered before the table is dropped.</param>
    /// <param name="collectWords">
    /// Whether each expansion keeps its unstemmed words (<see cref="Expansion.Words"/>) for <see cref="DocumentWords"/>:
    /// an indexing thread's table does; a searching thread's has nobody to give them to.
    /// </param>
    public TokenExpansions(int maxEntries, bool collectWords)
    {
        _maxEntries = maxEntries;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _chain = PublicationAnalyzer.Filters(_source, AnalysisMode.Index, collectWords ? stream => new Recorder(stream, this) : null);
        _term = _chain.AddAttribute<ICharTermAttribute>();
        _position = _chain.AddAttribute<IPositionIncrementAttribute>();
        _offset = _chain.AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Closes the filters' own stream.</summary>
    public void Dispose() => _chain.Dispose();

    /// <summary>How many words are remembered.</summary>
    public int Count => _entries.Count;

    /// <summary>Forgets every word once the table is full; call between documents only (words are compared by reference within one).</summary>
    public void TrimIfFull()
    {
        if (_entries.Count > _maxEntries)
        {
            _entries.Clear();
            _interned.Clear();
        }
    }

    /// <summary>
    /// What the filters make of <paramref name="word"/>, a token whose offsets span <paramref name="offsetLength"/>
    /// characters (its own length, unless a character filter changed the text: then it is worked out afresh).
    /// </summary>
    public Expansion Of(ReadOnlySpan<char> word, int offsetLength)
    {
        if (offsetLength == word.Length && _lookup.TryGetValue(word, out var known))
        {
            return known;
        }
        var expansion = Expand(word, offsetLength);
        if (offsetLength == word.Length)
        {
            _lookup[word] = expansion;
        }
        return expansion;
    }

    private Expansion Expand(ReadOnlySpan<char> word, int offsetLength)
    {
        _source.Set(word, offsetLength);
        _tokens.Clear();
        _recorded.Clear();
        _chain.Reset();
        while (_chain.IncrementToken())
        {
            _tokens.Add(new ExpandedToken(_term.Buffer.AsSpan(0, _term.Length).ToArray(), _position.PositionIncrement, _offset.StartOffset, _offset.EndOffset));
        }
        _chain.End();
        // The stop filter adds the positions of words it dropped after the last one it kept here, at the end.
        var trailing = _position.PositionIncrement;
        return new Expansion([.. _tokens], [.. _recorded], trailing);
    }

    private string Intern(ReadOnlySpan<char> word)
    {
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var interned))
        {
            interned = word.ToString();
            _interned.Add(interned, interned);
        }
        return interned;
    }

    /// <summary>One token the filters emit for a word: offsets relative to the word's start.</summary>
    internal readonly record struct ExpandedToken(char[] Term, int PositionIncrement, int Start, int End);

    /// <summary>
    /// The filters' output for one word: its tokens, its unstemmed words (interned: one instance per text, so a
    /// document's distinct words can be told apart by reference) and the positions dropped after the last token.
    /// </summary>
    internal sealed class Expansion(ExpandedToken[] tokens, string[] words, int trailingIncrement)
    {
        public ExpandedToken[] Tokens { get; } = tokens;

        public string[] Words { get; } = words;

        public int TrailingIncrement { get; } = trailingIncrement;

        /// <summary>The last document whose words this expansion's were added to (<see cref="DocumentWords.Document"/>): most words recur within a document.</summary>
        public int AddedTo { get; set; } = -1;
    }

    /// <summary>
    /// Replaces the filters in the index chain: each word of the tokenizer becomes its remembered tokens, with the
    /// word's own offsets and position increment applied and the stop filter's skipped positions carried across
    /// words (and added at the end, as the stop filter does). When indexing, gives each word's unstemmed words to
    /// <see cref="DocumentWords"/>; when searching (snippets, related papers) there are none to give.
    /// </summary>
    internal sealed class Filter : TokenFilter
    {
        private readonly TokenExpansions _expansions;
        private readonly DocumentWords? _words;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private readonly IOffsetAttribute _offset;
        private Expansion? _current;
        private int _next;
        private int _wordStart;
        private int _carried;

        public Filter(TokenStream input, TokenExpansions expansions, DocumentWords? words)
            : base(input)
        {
            (_expansions, _words) = (expansions, words);
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            while (_current is null || _next == _current.Tokens.Length)
            {
                if (_current is not null)
                {
                    _carried += _current.TrailingIncrement;
                    _current = null;
                }
                if (!m_input.IncrementToken())
                {
                    return false;
                }
                // The expansion was worked out with an increment of one: a larger one (the tokenizer skipped an
                // overlong word) goes to the next token emitted, as the filters would pass it on.
                _carried += _position.PositionIncrement - 1;
                _wordStart = _offset.StartOffset;
                _current = _expansions.Of(_term.Buffer.AsSpan(0, _term.Length), _offset.EndOffset - _offset.StartOffset);
                _next = 0;
                if (_words is not null && _current.AddedTo != _words.Document)
                {
                    _current.AddedTo = _words.Document;
                    foreach (var word in _current.Words)
                    {
                        _words.Add(word);
                    }
                }
            }
            var token = _current.Tokens[_next++];
            _term.CopyBuffer(token.Term, 0, token.Term.Length);
            _position.PositionIncrement = token.PositionIncrement + _carried;
            _carried = 0;
            _offset.SetOffset(_wordStart + token.Start, _wordStart + token.End);
            return true;
        }

        public override void End()
        {
            base.End();
            _position.PositionIncrement += _carried;
        }

        public override void Reset()
        {
            base.Reset();
            _current = null;
            _carried = 0;
            if (_words is null)
            {
                // Between two texts: nothing compares words by reference across them.
                _expansions.TrimIfFull();
            }
            else
            {
                _words.FieldStarted();
            }
        }
    }

    /// <summary>Notes the unstemmed words where the collector of the words field sits in the chain.</summary>
    private sealed class Recorder(TokenStream input, TokenExpansions expansions) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            expansions._recorded.Add(expansions.Intern(_term.Buffer.AsSpan(0, _term.Length)));
            return true;
        }
    }

    /// <summary>A stream of one given word, with the offsets and increment the tokenizer would give it.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private char[] _word = new char[32];
        private int _length;
        private int _offsetLength;
        private bool _done;

        public OneWord()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public void Set(ReadOnlySpan<char> word, int offsetLength)
        {
            if (_word.Length < word.Length)
            {
                _word = new char[word.Length];
            }
            word.CopyTo(_word);
            (_length, _offsetLength) = (word.Length, offsetLength);
        }

        public override bool IncrementToken()
        {
            if (_done)
            {
                return false;
            }
            ClearAttributes();
            _term.CopyBuffer(_word, 0, _length);
            _offset.SetOffset(0, _offsetLength);
            _position.PositionIncrement = 1;
            _done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }
}
