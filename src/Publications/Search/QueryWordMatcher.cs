using Lucene.Net.Analysis;

namespace Publications.Search;

/// <summary>
/// Tells which words of a text a query is about, for marking them on a paper's page (<c>/{year}/{slug}?q=</c>).
/// A word matches when one of its stems equals a stem of the query's words or phrases (<c>distill</c> marks
/// <c>distillation</c>), or when it starts with one of the query's prefixes (<c>bench*</c> marks <c>benchmarks</c>).
/// Excluded words (<c>-word</c>, <c>NOT word</c>) and <c>year:</c> never mark anything. Made by
/// <see cref="PublicationIndex.WordMatcher"/> and using that index's analyzers, so it must not outlive the index.
/// Immutable; thread-safe.
/// </summary>
public sealed class QueryWordMatcher
{
    private readonly HashSet<string> _stems;
    private readonly List<string> _prefixes;
    private readonly Analyzer _indexAnalyzer;

    internal QueryWordMatcher(HashSet<string> stems, List<string> prefixes, Analyzer indexAnalyzer)
    {
        _stems = stems;
        _prefixes = prefixes;
        _indexAnalyzer = indexAnalyzer;
    }

    /// <summary>True when the query has nothing to mark (no query, only exclusions, only stop words).</summary>
    public bool IsEmpty => _stems.Count == 0 && _prefixes.Count == 0;

    /// <summary>
    /// True when <paramref name="word"/> (one word as it appears in text) is one the query searched for.
    /// Analyzed like the index, so a joined name matches by its parts (<c>router</c> marks <c>LLMRouterBench</c>).
    /// </summary>
    public bool Matches(string word)
    {
        if (IsEmpty || string.IsNullOrWhiteSpace(word))
        {
            return false;
        }
        if (_stems.Count > 0 && Tokens(FieldNames.PlainText, word).Any(_stems.Contains))
        {
            return true;
        }
        return _prefixes.Count > 0
            && Tokens(FieldNames.Words, word).Any(w => _prefixes.Exists(p => w.StartsWith(p, StringComparison.Ordinal)));
    }

    private List<string> Tokens(string field, string word) => Search.Tokens.Of(_indexAnalyzer, field, word);
}
