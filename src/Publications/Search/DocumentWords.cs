using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Publications.Search;

/// <summary>
/// The distinct unstemmed words of the document being indexed, gathered while its text, headline and link labels
/// are analyzed for their own fields (<see cref="TokenExpansions.Filter"/> hands over each word's unstemmed, folded
/// forms), then given to <see cref="FieldNames.Words"/> as a token stream (<see cref="Replay"/>). The words field
/// used to analyze the same text a second time: a fifth of the index build. It holds no positions or frequencies,
/// so each distinct word once is all it needs. One instance per indexing thread, with that thread's
/// <see cref="TokenExpansions"/>; not thread-safe.
/// </summary>
internal sealed class DocumentWords : IDisposable
{
    // Words arrive interned by the expansions (one instance per text), so telling them apart by reference is enough.
    private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _words = [];
    private int _analyzedFields;

    /// <summary>Counts the documents this instance has gathered words for: tells one document's words from the next one's.</summary>
    public int Document { get; private set; }

    /// <summary>The indexing thread's remembered word expansions, whose words this collects.</summary>
    public TokenExpansions Expansions { get; } = new(TokenExpansions.IndexingEntries, collectWords: true);

    /// <summary>Releases the expansions' stream.</summary>
    public void Dispose() => Expansions.Dispose();

    /// <summary>Forgets the previous document's words: call before each document.</summary>
    public void Clear()
    {
        Document++;
        _seen.Clear();
        _words.Clear();
        _analyzedFields = 0;
        // Between documents, so no document mixes words interned before and after.
        Expansions.TrimIfFull();
    }

    /// <summary>A token stream of this document's distinct words, for the words field; reusable across documents.</summary>
    public TokenStream Replay(int requiredFields) => new ReplayStream(this, requiredFields);

    /// <summary>Notes that one more field of the document is being analyzed (the words stream checks it came after them).</summary>
    public void FieldStarted() => _analyzedFields++;

    /// <summary>Adds one of the document's words, interned by <see cref="Expansions"/>.</summary>
    public void Add(string internedWord)
    {
        if (_seen.Add(internedWord))
        {
            _words.Add(internedWord);
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
