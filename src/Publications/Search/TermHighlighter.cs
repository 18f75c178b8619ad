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
    /// <remarks>
    /// Only the fragments chosen are encoded: the scan notes where each fragment starts and ends and where its
    /// matches are. It stops early once <paramref name="maxFragments"/> complete fragments hold every term: none
    /// after them can score more, and ties go to the earlier. That is only certain when every weight is one (the
    /// usual query; scores are then exact whole numbers), so other weights always scan the whole text.
    /// </remarks>
    public static IReadOnlyList<(int Number, string Html)> BestFragments(Analyzer analyzer, string field, Dictionary<string, float> weights, string text, int fragmentLength, int maxFragments)
    {
        var terms = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        float? unbeatable = weights.Values.All(weight => weight == 1f) ? weights.Count : null;
        var unbeaten = 0;
        var marks = new List<(int Start, int End)>();
        var fragments = new List<Fragment>();
        var found = new List<string>(weights.Count);
        var fragment = new Fragment(0, 0, 0f, 0, 0, 0);
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
                    lastEnd = Flush(marks, group, lastEnd);
                    group = default;
                    // SpanFragmenter: a term never asks to wait for the end of a phrase.
                    if (start >= fragmentLength * started && text.Length - start >= fragmentLength / 2)
                    {
                        started++;
                        fragments.Add(fragment with { End = lastEnd, MarksEnd = marks.Count });
                        fragment = new Fragment(lastEnd, 0, 0f, fragments.Count, marks.Count, 0);
                        found.Clear();
                        if (fragments[^1].Score == unbeatable && ++unbeaten == maxFragments)
                        {
                            break;
                        }
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
        if (unbeaten < maxFragments)
        {
            if (group.Tokens > 0)
            {
                Flush(marks, group, lastEnd);
            }
            fragments.Add(fragment with { End = text.Length, MarksEnd = marks.Count });
        }
        return [.. fragments.Where(f => f.Score > 0)
            .OrderByDescending(f => f.Score).ThenBy(f => f.Number)
            .Take(maxFragments)
            .OrderBy(f => f.Number)
            .Select(f => (f.Number, Html(text, f, marks)))];
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

    /// <summary>Notes the group's match when it scored; returns where the text written so far would end.</summary>
    private static int Flush(List<(int Start, int End)> marks, Group group, int lastEnd)
    {
        if (group.Score > 0)
        {
            marks.Add((group.MatchStart, group.MatchEnd));
        }
        return Math.Max(group.MatchEnd, lastEnd);
    }

    /// <summary>The fragment's text, encoded, with its matches in <c>&lt;mark&gt;</c>.</summary>
    private static string Html(string text, Fragment fragment, List<(int Start, int End)> marks)
    {
        var html = new StringBuilder(fragment.End - fragment.Start + 64);
        var at = fragment.Start;
        for (var i = fragment.MarksStart; i < fragment.MarksEnd; i++)
        {
            var (start, end) = marks[i];
            AppendEncoded(html, text.AsSpan(at, start - at));
            AppendEncoded(html.Append("<mark>"), text.AsSpan(start, end - start)).Append("</mark>");
            at = end;
        }
        return AppendEncoded(html, text.AsSpan(at, fragment.End - at)).ToString();
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="HtmlTextEncoder"/> encodes it; plain ASCII text is copied as it is.</summary>
    private static StringBuilder AppendEncoded(StringBuilder builder, ReadOnlySpan<char> text) =>
        text.ContainsAny(s_markup) || text.ContainsAnyInRange('\u00A0', '\uFFFF')
            ? builder.Append(WebUtility.HtmlEncode(text.ToString()))
            : builder.Append(text);

    /// <summary>
    /// A fragment: where its text starts and ends, its score, its number in text order, and the range of its matches
    /// in the list of marks.
    /// </summary>
    private readonly record struct Fragment(int Start, int End, float Score, int Number, int MarksStart, int MarksEnd);

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
