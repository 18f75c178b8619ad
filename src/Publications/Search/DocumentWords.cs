using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Publications.Search;

/// <summary>
/// The distinct unstemmed words of the document being indexed, gathered while its text, headline and link labels
/// are analyzed for their own fields (<see cref="Collector"/> sits in that chain just before stop words and
/// stemming), then given to <see cref="FieldNames.Words"/> as a token stream (<see cref="Replay"/>). The words
/// field used to analyze the same text a second time: a fifth of the index build. It holds no positions or
/// frequencies, so each distinct word once is all it needs. One instance per indexing thread; not thread-safe.
/// </summary>
internal sealed class DocumentWords
{
    /// <summary>Interned words kept across documents before the table is dropped (bounds memory on huge vocabularies).</summary>
    private const int MaxInterned = 200_000;

    private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _words = [];
    private int _analyzedFields;

    /// <summary>Forgets the previous document's words: call before each document.</summary>
    public void Clear()
    {
        _seen.Clear();
        _words.Clear();
        _analyzedFields = 0;
        if (_interned.Count > MaxInterned)
        {
            _interned.Clear();
        }
    }

    /// <summary>A token stream of this document's distinct words, for the words field; reusable across documents.</summary>
    public TokenStream Replay(int requiredFields) => new ReplayStream(this, requiredFields);

    private void Add(char[] buffer, int length)
    {
        var span = new ReadOnlySpan<char>(buffer, 0, length);
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(span, out var word))
        {
            word = span.ToString();
            _interned.Add(word, word);
        }
        if (_seen.Add(word))
        {
            _words.Add(word);
        }
    }

    /// <summary>Passes every token through unchanged, noting its text as one of the document's words.</summary>
    public sealed class Collector : TokenFilter
    {
        private readonly DocumentWords _words;
        private readonly ICharTermAttribute _term;

        public Collector(TokenStream input, DocumentWords words)
            : base(input)
        {
            _words = words;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            _words.Add(_term.Buffer, _term.Length);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _words._analyzedFields++;
        }
    }

    private sealed class ReplayStream : TokenStream
    {
        private readonly DocumentWords _words;
        private readonly int _requiredFields;
        private readonly ICharTermAttribute _term;
        private int _next;

        public ReplayStream(DocumentWords words, int requiredFields)
        {
            (_words, _requiredFields) = (words, requiredFields);
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            // Lucene inverts a document's fields in name order, so "words" comes after "headline", "links" and
            // "text". Should that ever change, this stream would hold the previous document's words: fail instead.
            if (_words._analyzedFields < _requiredFields)
            {
                throw new InvalidOperationException(
                    $"The words field was indexed before the fields its words come from ({_words._analyzedFields} of {_requiredFields} analyzed).");
            }
            _next = 0;
        }

        public override bool IncrementToken()
        {
            if (_next >= _words._words.Count)
            {
                return false;
            }
            ClearAttributes();
            var word = _words._words[_next++];
            _term.SetEmpty().Append(word);
            return true;
        }
    }
}
