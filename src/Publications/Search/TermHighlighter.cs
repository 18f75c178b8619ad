using System.Buffers;
using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Snippets for a highlight query made only of terms (the usual one: plain words), computed exactly as Lucene's
/// <c>Highlighter</c> with a <c>QueryScorer</c> and our <see cref="SpanFragmenter"/> computes them, in one pass
/// over the token stream and without the highlighter's per-token objects (it copies every token into a new
/// <c>Token</c> and every term into a new string: about 60 KB for one abstract, a third of a search's time at
/// 100,000 papers). Queries with phrases keep the highlighter, whose span positions they need.
/// </summary>
/// <remarks>
/// What is reproduced: tokens whose offsets overlap (a joined name and its parts) form one group, marked as the
/// span of its scoring tokens when any scores; a token scores its term's weight; a fragment scores the sum of the
/// weights of the distinct terms it contains; a new fragment starts at the first group starting past the next
/// multiple of the fragment length, unless less than half a fragment of text is left; the best fragments are the
/// highest scoring, the earlier on ties; text between groups is kept as it is. <c>SnippetTests</c> holds the two
/// to the same output over many texts and queries.
/// </remarks>
internal static class TermHighlighter
{
    /// <summary>As Lucene's <c>TokenGroup</c>: tokens past this many in one group are ignored.</summary>
    private const int MaxTokensPerGroup = 50;

    /// <summary>Characters WebUtility.HtmlEncode may rewrite: markup, quotes and everything from U+00A0 on.</summary>
    private static readonly SearchValues<char> s_markup = SearchValues.Create("<>&\"'");

    /// <summary>
    /// The term weights <c>QueryScorer</c> would read from <paramref name="query"/>, or null when it holds anything
    /// but terms (a phrase, a prefix) and the highlighter must do the work. A term met twice keeps its last weight.
    /// </summary>
    public static Dictionary<string, float>? WeightsOf(Query query)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        return Collect(query, weights) && weights.Count > 0 ? weights : null;
    }

    /// <summary>
    /// The best <paramref name="maxFragments"/> fragments of <paramref name="text"/> that contain a term, marked up,
    /// with their numbers, in text order; empty when none does.
    /// </summary>
    public static IReadOnlyList<(int Number, string Html)> BestFragments(Analyzer analyzer, string field, Dictionary<string, float> weights, string text, int fragmentLength, int maxFragments)
    {
        var terms = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        var marked = new StringBuilder(text.Length + 64);
        var fragments = new List<Fragment>();
        var found = new List<string>(weights.Count);
        var fragment = new Fragment(0, 0, 0f, 0);
        var started = 1;
        var group = default(Group);
        var lastEnd = 0;
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var (start, end) = (offset.StartOffset, offset.EndOffset);
                if (group.Tokens > 0 && start >= group.End)
                {
                    lastEnd = Flush(marked, text, group, lastEnd);
                    group = default;
                    // SpanFragmenter: a term never asks to wait for the end of a phrase.
                    if (start >= fragmentLength * started && text.Length - start >= fragmentLength / 2)
                    {
                        started++;
                        fragments.Add(fragment with { End = marked.Length });
                        fragment = new Fragment(marked.Length, 0, 0f, fragments.Count);
                        found.Clear();
                    }
                }
                var score = 0f;
                if (terms.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var key, out var weight))
                {
                    score = weight;
                    if (!found.Contains(key))
                    {
                        found.Add(key);
                        fragment = fragment with { Score = fragment.Score + weight };
                    }
                }
                group = group.Add(start, end, score);
            }
            stream.End();
        }
        if (group.Tokens > 0)
        {
            lastEnd = Flush(marked, text, group, lastEnd);
        }
        if (lastEnd < text.Length)
        {
            AppendEncoded(marked, text.AsSpan(lastEnd));
        }
        fragments.Add(fragment with { End = marked.Length });
        return [.. fragments.Where(f => f.Score > 0)
            .OrderByDescending(f => f.Score).ThenBy(f => f.Number)
            .Take(maxFragments)
            .OrderBy(f => f.Number)
            .Select(f => (f.Number, marked.ToString(f.Start, f.End - f.Start)))];
    }

    private static bool Collect(Query query, Dictionary<string, float> weights)
    {
        switch (query)
        {
            case TermQuery term:
                weights[term.Term.Text] = term.Boost;
                return true;
            case BooleanQuery boolean:
                // Excluded clauses mark nothing, as in WeightedSpanTermExtractor.
                return boolean.Clauses.Where(c => !c.IsProhibited).All(c => Collect(c.Query, weights));
            default:
                return false;
        }
    }

    /// <summary>Writes the text up to the group, then the group's match, marked when it scored; returns where the written text ends.</summary>
    private static int Flush(StringBuilder marked, string text, Group group, int lastEnd)
    {
        if (group.MatchStart > lastEnd)
        {
            AppendEncoded(marked, text.AsSpan(lastEnd, group.MatchStart - lastEnd));
        }
        var match = text.AsSpan(group.MatchStart, group.MatchEnd - group.MatchStart);
        if (group.Score > 0)
        {
            AppendEncoded(marked.Append("<mark>"), match).Append("</mark>");
        }
        else
        {
            AppendEncoded(marked, match);
        }
        return Math.Max(group.MatchEnd, lastEnd);
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="HtmlTextEncoder"/> encodes it; plain ASCII text is copied as it is.</summary>
    private static StringBuilder AppendEncoded(StringBuilder builder, ReadOnlySpan<char> text) =>
        text.ContainsAny(s_markup) || text.ContainsAnyInRange('\u00A0', '\uFFFF')
            ? builder.Append(WebUtility.HtmlEncode(text.ToString()))
            : builder.Append(text);

    /// <summary>A fragment: where its marked-up text starts and ends, its score and its number in text order.</summary>
    private readonly record struct Fragment(int Start, int End, float Score, int Number);

    /// <summary>Lucene's <c>TokenGroup</c>: overlapping tokens, their extent, and the extent and score of those that scored.</summary>
    private readonly record struct Group(int Tokens, int Start, int End, int MatchStart, int MatchEnd, float Score)
    {
        public Group Add(int start, int end, float score)
        {
            if (Tokens >= MaxTokensPerGroup)
            {
                return this;
            }
            if (Tokens == 0)
            {
                return new Group(1, start, end, start, end, score);
            }
            var grown = this with { Tokens = Tokens + 1, Start = Math.Min(Start, start), End = Math.Max(End, end) };
            if (score <= 0)
            {
                return grown;
            }
            return Score == 0
                ? grown with { MatchStart = start, MatchEnd = end, Score = score }
                : grown with { MatchStart = Math.Min(MatchStart, start), MatchEnd = Math.Max(MatchEnd, end), Score = Score + score };
        }
    }
}
