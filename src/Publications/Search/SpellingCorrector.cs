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

    /// <summary>Candidates looked at per word, whatever the index size (the walk is bounded by the automaton anyway).</summary>
    private const int MaxCandidates = 500;

    /// <summary>The corrected query, or null when every word is known or no known word is close enough.</summary>
    public string? Correct(IndexReader reader, string query)
    {
        if (MultiFields.GetTerms(reader, FieldNames.Words) is not { } terms)
        {
            return null;
        }
        var changed = false;
        var corrected = Chunk().Replace(QueryText.Cut(query, out _), chunk =>
        {
            if (!IsCorrectable(chunk.Value))
            {
                return chunk.Value;
            }
            return Word().Replace(chunk.Value, word =>
            {
                var replacement = CorrectWord(reader, terms, word.Groups["word"].Value);
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

    private string? CorrectWord(IndexReader reader, Terms terms, string word)
    {
        if (word.Length > MaxWordLength || Analyze(word) is not { Length: >= MinWordLength } term
            || reader.DocFreq(new Term(FieldNames.Words, term)) > 0)
        {
            return null;
        }
        // One edit for short words, two for longer ones (Lucene's own spell checker caps at two as well).
        var maxEdits = term.Length <= 5 ? 1 : 2;
        var best = BestCandidate(terms, term, maxEdits);
        return best is null ? null : MatchCase(word, best);
    }

    private static string? BestCandidate(Terms terms, string term, int maxEdits)
    {
        var fuzzy = new Lucene.Net.Search.FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(),
            new Term(FieldNames.Words, term), maxEdits, PrefixLength, transpositions: true);
        (string Word, int Distance, int DocFreq)? best = null;
        for (var seen = 0; seen < MaxCandidates && fuzzy.MoveNext(); seen++)
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (EnglishAnalyzer.DefaultStopSet.Contains(candidate) || !candidate.Any(char.IsLetter))
            {
                // A stop word is never searched, so "correcting" to one would just drop the word.
                continue;
            }
            var distance = EditDistance.Of(term, candidate);
            var docFreq = fuzzy.DocFreq;
            // Fewest edits first; among equals, the word more papers use is the likelier intent.
            if (best is not { } b || distance < b.Distance || (distance == b.Distance && docFreq > b.DocFreq))
            {
                best = (candidate, distance, docFreq);
            }
        }
        return best?.Word;
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
