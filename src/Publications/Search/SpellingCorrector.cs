using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;

namespace Publications.Search;

/// <summary>
/// Builds "did you mean" text: the user's query with each word the index does not know replaced by the
/// closest word it does know, from the unstemmed <see cref="FieldNames.Words"/> field (so it suggests
/// <c>hallucination</c>, never the stem <c>hallucin</c>). Everything else of the query (operators, quotes,
/// <c>prefix*</c>, <c>year:</c>, excluded words) is kept as typed. Stateless; the analyzer is thread-safe.
/// </summary>
/// <param name="queryAnalyzer">Lowercases and folds a word exactly as the Words field was indexed.</param>
internal sealed partial class SpellingCorrector(Analyzer queryAnalyzer)
{
    /// <summary>Shorter words are left alone: at three letters almost any other short word is one edit away.</summary>
    private const int MinWordLength = 4;

    /// <summary>No real word is longer; a longer one would only make the Levenshtein automaton expensive.</summary>
    private const int MaxWordLength = 40;

    /// <summary>Typos rarely hit the first letter, and a shared first letter cuts the term dictionary walk to a slice.</summary>
    private const int PrefixLength = 1;

    /// <summary>Candidates looked at per word, whatever the index size (the walk is bounded anyway, by the first letter or the automaton).</summary>
    private const int MaxCandidates = 500;

    /// <summary>
    /// Up to this many words in the field, the words sharing the first letter are compared one by one instead of
    /// through Lucene's Levenshtein automata, whose construction costs about a millisecond and 1.8 MB a word whatever
    /// the index (on the shipped list almost every new query finds at most two papers and is corrected). Measured per
    /// misspelt word, compared against automata: 1,322 words (the shipped list) 0.08–0.19 against 1.1–5.1 ms; 7,011
    /// words (10,000 generated papers) 0.28–0.33 against 1.0–2.4 ms; 37,283 words (100,000) 0.46–0.51 against
    /// 1.0–1.6 ms. Comparing grows with the words and would lose past about 75,000.
    /// </summary>
    internal const int MaxWordsCompared = 50_000;

    /// <summary>The corrected query, or null when every word is known or no known word is close enough.</summary>
    public string? Correct(IndexReader reader, string query)
    {
        if (MultiFields.GetTerms(reader, FieldNames.Words) is not { } terms)
        {
            return null;
        }
        // Which way candidates are found depends on the field's size, the same for every word of the query.
        var compare = WordCount(reader) <= MaxWordsCompared;
        var changed = false;
        var corrected = Chunk().Replace(QueryText.Cut(query, out _), chunk =>
        {
            if (!IsCorrectable(chunk.Value))
            {
                return chunk.Value;
            }
            return Word().Replace(chunk.Value, word =>
            {
                var replacement = CorrectWord(reader, terms, compare, word.Groups["word"].Value);
                changed |= replacement is not null;
                return replacement is null ? word.Value : replacement + word.Groups["possessive"].Value;
            });
        });
        return changed ? corrected : null;
    }

    /// <summary>A whitespace-separated chunk that is neither an operator, a prefix, a year, nor an excluded word.</summary>
    private static bool IsCorrectable(string chunk)
    {
        var bare = chunk.TrimStart('(', '"', '“', '”', '„').TrimEnd(')', '"', '“', '”', '„');
        return bare is not ("OR" or "NOT" or "AND")
            && !bare.StartsWith('-')
            && !bare.EndsWith('*')
            && !bare.StartsWith('/')
            && !bare.StartsWith("year:", StringComparison.OrdinalIgnoreCase);
    }

    private string? CorrectWord(IndexReader reader, Terms terms, bool compare, string word)
    {
        if (word.Length > MaxWordLength || Analyze(word) is not { Length: >= MinWordLength } term
            || reader.DocFreq(new Term(FieldNames.Words, term)) > 0)
        {
            return null;
        }
        // One edit for short words, two for longer ones (Lucene's own spell checker caps at two as well).
        var maxEdits = term.Length <= 5 ? 1 : 2;
        var candidates = compare ? Compared(terms, term, maxEdits) : Fuzzy(terms, term, maxEdits);
        var best = Best(candidates);
        return best is null ? null : MatchCase(word, best);
    }

    private static string? Best(IEnumerable<(string Word, int Distance, int DocFreq)> candidates)
    {
        (string Word, int Distance, int DocFreq)? best = null;
        foreach (var (candidate, distance, docFreq) in candidates.Take(MaxCandidates))
        {
            if (EnglishAnalyzer.DefaultStopSet.Contains(candidate) || !candidate.Any(char.IsLetter))
            {
                // A stop word is never searched, so "correcting" to one would just drop the word.
                continue;
            }
            // Fewest edits first; among equals, the word more papers use is the likelier intent.
            if (best is not { } b || distance < b.Distance || (distance == b.Distance && docFreq > b.DocFreq))
            {
                best = (candidate, distance, docFreq);
            }
        }
        return best?.Word;
    }

    /// <summary>How many distinct words the field holds (summed over segments: an upper bound when they share words).</summary>
    private static long WordCount(IndexReader reader) =>
        reader.Leaves.Sum(leaf => leaf.AtomicReader.GetTerms(FieldNames.Words)?.Count ?? 0);

    /// <summary>
    /// The words within <paramref name="maxEdits"/> of <paramref name="term"/> that share its first letter, in the
    /// field's order, with their distances and document frequencies: what <see cref="Fuzzy"/> finds, by comparing each
    /// word of that slice with <see cref="EditDistance"/> (the same distance the automata accept by).
    /// </summary>
    internal static IEnumerable<(string Word, int Distance, int DocFreq)> Compared(Terms terms, string term, int maxEdits)
    {
        var prefix = term[..(char.IsHighSurrogate(term[0]) && term.Length > PrefixLength ? PrefixLength + 1 : PrefixLength)];
        var words = terms.GetEnumerator();
        if (words.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }
        do
        {
            var candidate = words.Term.Utf8ToString();
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }
            // No two words whose lengths differ by more than the edits allowed can be that close.
            if (Math.Abs(candidate.Length - term.Length) <= maxEdits && EditDistance.Of(term, candidate) is var distance
                && distance <= maxEdits && distance < Math.Min(CodePoints(candidate), CodePoints(term)))
            {
                yield return (candidate, distance, words.DocFreq);
            }
        }
        while (words.MoveNext());
    }

    /// <summary>
    /// Characters as Lucene's fuzzy matching counts them. It also takes only words with fewer edits than either word
    /// has characters: <c>hr</c> is two deletions from <c>hrce</c>, but nothing of it would be left.
    /// </summary>
    private static int CodePoints(string word) =>
        word.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? word.EnumerateRunes().Count() : word.Length;

    /// <summary>The same words as <see cref="Compared"/>, found by Lucene's Levenshtein automata (the larger field's way), with the same distances.</summary>
    internal static IEnumerable<(string Word, int Distance, int DocFreq)> Fuzzy(Terms terms, string term, int maxEdits)
    {
        var fuzzy = new Lucene.Net.Search.FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(),
            new Term(FieldNames.Words, term), maxEdits, PrefixLength, transpositions: true);
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            yield return (candidate, EditDistance.Of(term, candidate), fuzzy.DocFreq);
        }
    }

    /// <summary>The word as the Words field indexes it (lowercased, folded, possessive dropped), or null unless it is one token.</summary>
    private string? Analyze(string word) => Tokens.Of(queryAnalyzer, FieldNames.Words, word) is [var only] ? only : null;

    /// <summary>Keeps the user's capitalisation style: <c>HALUCINATION</c> → <c>HALLUCINATION</c>, <c>Difusion</c> → <c>Diffusion</c>.</summary>
    private static string MatchCase(string original, string suggestion)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return suggestion.ToUpperInvariant();
        }
        if (char.IsUpper(original[0]) && original.Skip(1).All(c => !char.IsUpper(c)))
        {
            return new StringBuilder(suggestion).Replace(suggestion[0], char.ToUpperInvariant(suggestion[0]), 0, 1).ToString();
        }
        return suggestion;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Chunk();

    /// <summary>A word (letters, marks, digits), with its possessive kept apart so it survives the replacement.</summary>
    [GeneratedRegex(@"(?<word>[\p{L}\p{M}\p{N}]+)(?<possessive>['’＇][sS])?(?![\p{L}\p{M}\p{N}])")]
    private static partial Regex Word();
}
