using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>What an analyzer instance is used for; the chains differ slightly (see <see cref="PublicationAnalyzer"/>).</summary>
public enum AnalysisMode
{
    /// <summary>Building the index: joined names are split into their parts as well.</summary>
    Index,
    /// <summary>Analyzing the user's words: no name splitting, so <c>LLMRouterBench</c> stays one term and still matches.</summary>
    Query,
    /// <summary>Pairing words with stems for snippets: each word as written (marked keyword), then its stem when different.</summary>
    Highlight,
}

/// <summary>
/// The English analysis shared by the index, the queries and the snippets. Thread-safe (Lucene keeps
/// per-thread components); owned and disposed by <see cref="PublicationIndex"/>.
/// </summary>
/// <remarks>
/// Why this chain: UAX#29 words, possessives dropped, joined names and glued sentences split (index side only,
/// so a whole name typed in a query still matches its whole-word term), case and diacritics folded, English
/// stop words dropped and Porter stemming (mild: <c>distill</c> = <c>distillation</c>, yet <c>distinct</c> stays
/// apart; the Snowball English stemmer was not needed for this vocabulary). The exact-name fields
/// (<see cref="FieldNames.Name"/>, <see cref="FieldNames.Systems"/>) bypass this analyzer on purpose: they hold
/// whole names (<see cref="PublicationNames"/>), which any tokenizer would split at the hyphen of <c>SDAR-VL</c>.
/// </remarks>
public sealed class PublicationAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version every component is created with.</summary>
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisMode _mode;
    private readonly DocumentWords? _words;

    /// <summary>Creates an analyzer for one purpose.</summary>
    public PublicationAnalyzer(AnalysisMode mode)
        : this(mode, words: null)
    {
    }

    /// <summary>
    /// An indexing analyzer that also gathers each document's unstemmed words into <paramref name="words"/>, for
    /// the words field (see <see cref="DocumentWords"/>). One per indexing thread.
    /// </summary>
    internal PublicationAnalyzer(AnalysisMode mode, DocumentWords? words)
        // Per field: the Words field gets a different (unstemmed) chain than the other fields.
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _mode = mode;
        _words = words;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // UAX#29 word breaks: keeps "SDAR’s" together (the apostrophe is mid-word), splits "SDAR-VL" and URLs.
        var source = new StandardTokenizer(Version, reader);
        if (fieldName == FieldNames.Words && _mode != AnalysisMode.Highlight)
        {
            // Unstemmed words with stop words kept: prefix queries ("the*" finds "theory") and spelling suggestions.
            return new TokenStreamComponents(source, Unstemmed(source, _mode));
        }
        if (_words is not null && fieldName is FieldNames.PlainText or FieldNames.Headline or FieldNames.LinkLabels)
        {
            // One indexing thread's analyzer: what the filters make of each distinct word is worked out once and
            // replayed (TokenExpansions), and its unstemmed words go to the words field on the way.
            return new TokenStreamComponents(source, new TokenExpansions.Filter(source, _words.Expansions, _words));
        }
        if (_words is null && _mode == AnalysisMode.Index)
        {
            // Snippets and related papers analyze the texts they show with the index's chain: the same replay, with
            // one table per thread and field (Lucene keeps components per thread), so nothing is shared. The table
            // lives as long as the components (Lucene disposes a stream after each use and then reuses it); it holds
            // managed memory only.
            return new TokenStreamComponents(source, new TokenExpansions.Filter(source, new TokenExpansions(TokenExpansions.SearchingEntries, collectWords: false), words: null));
        }
        return new TokenStreamComponents(source, Filters(source, _mode, tap: null));
    }

    /// <summary>
    /// The filters after the tokenizer for every field but the words field; <paramref name="tap"/>, when given, is
    /// placed where the words are unstemmed but folded (what the words field holds).
    /// </summary>
    internal static TokenStream Filters(TokenStream source, AnalysisMode mode, Func<TokenStream, TokenStream>? tap)
    {
        TokenStream stream = Unstemmed(source, mode);
        if (tap is not null)
        {
            stream = tap(stream);
        }
        // "the", "of", ... carry no meaning and would make every query match everything.
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (mode == AnalysisMode.Highlight)
        {
            // Emits each word twice, once protected from stemming: "distillation" then "distil".
            stream = new KeywordRepeatFilter(stream);
        }
        // Porter: "distill" and "distillation" both become "distil"; "hallucinating" and "hallucinations" become "hallucin".
        stream = new PorterStemFilter(stream);
        return mode == AnalysisMode.Highlight ? new RemoveDuplicatesTokenFilter(stream) : stream;
    }

    private static ASCIIFoldingFilter Unstemmed(TokenStream source, AnalysisMode mode)
    {
        // Drops a trailing 's in any apostrophe (', ’, ＇), so SDAR’s = SDAR's = SDAR.
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        if (mode != AnalysisMode.Query)
        {
            // Needs the original case, so it runs before lowercasing; adds parts of "LLMRouterBench" at the same position.
            stream = new JoinedNameSplitFilter(stream);
        }
        // Case-insensitive matching.
        stream = new LowerCaseFilter(Version, stream);
        // "naïve" = "naive": users rarely type diacritics.
        return new ASCIIFoldingFilter(stream);
    }

    /// <inheritdoc />
    public override int GetPositionIncrementGap(string fieldName) =>
        // Multi-valued fields (link labels, words): a phrase must not match across two values.
        100;
}
