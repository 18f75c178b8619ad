using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Publications.Search;

/// <summary>
/// Makes the HTML snippet of a hit: the best fragments of its plain text with matches in <c>&lt;mark&gt;</c>,
/// everything else HTML-encoded. Stateless; the analyzer it uses is thread-safe.
/// </summary>
/// <param name="indexAnalyzer">Makes the snippet's token stream: the same terms as the index.</param>
/// <param name="highlightAnalyzer">Pairs each word of a text with its stem, to expand prefixes.</param>
internal sealed class SnippetMaker(Analyzer indexAnalyzer, Analyzer highlightAnalyzer)
{
    /// <summary>Encodes every character that could be markup; the default encoder would let <c>&lt;script&gt;</c> through.</summary>
    private static readonly HtmlTextEncoder s_encoder = new();

    /// <summary>Keeps the highlight query well below BooleanQuery's 1,024-clause limit, however many words a prefix finds.</summary>
    private const int MaxHighlightClauses = 512;

    /// <summary>The snippet for <paramref name="text"/>; its start when <paramref name="highlight"/> is null or marks nothing in it.</summary>
    public string Make(Query? highlight, string text)
    {
        if (highlight is null)
        {
            return Start(text);
        }
        var expanded = ExpandPrefixes(highlight, text);
        // Plain words (the usual query) take the one-pass path; phrases need the highlighter's span positions.
        if (TermHighlighter.WeightsOf(expanded) is { } weights)
        {
            var best = TermHighlighter.BestFragments(indexAnalyzer, FieldNames.PlainText, weights, text, SearchLimits.FragmentLength, SearchLimits.MaxFragments);
            return best.Count > 0 ? JoinInTextOrder(best) : Start(text);
        }
        return WithHighlighter(expanded, text);
    }

    /// <summary>The snippet as Lucene's highlighter makes it, whatever the query: what <see cref="Make"/> does for phrases.</summary>
    internal string MakeWithHighlighter(Query? highlight, string text) =>
        highlight is null ? Start(text) : WithHighlighter(ExpandPrefixes(highlight, text), text);

    private string WithHighlighter(Query highlight, string text) =>
        BestFragments(highlight, text) is { Length: > 0 } fragments
            ? JoinInTextOrder([.. fragments.OrderBy(f => f.FragNum).Select(f => (f.FragNum, f.ToString()))])
            : Start(text);

    private TextFragment[] BestFragments(Query highlight, string text)
    {
        // No field name: the query's terms count in whatever field they name (text, headline, labels).
        var scorer = new QueryScorer(highlight);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), s_encoder, scorer)
        {
            TextFragmenter = new SpanFragmenter(scorer, SearchLimits.FragmentLength),
            // The default stops after 50 KB; a long abstract's matches near the end must still show.
            MaxDocCharsToAnalyze = text.Length,
        };
        // The index's own analysis: a stream with stemmed and unstemmed forms stacked (KeywordRepeatFilter)
        // makes the highlighter's in-memory index lose phrase positions in beta00017.
        using var stream = indexAnalyzer.GetTokenStream(FieldNames.PlainText, text);
        // Unmerged: merging glues a matched fragment to its unmatched neighbour, doubling the snippet.
        return [.. highlighter.GetBestTextFragments(stream, text, false, SearchLimits.MaxFragments)
            .Where(f => f is { Score: > 0 })];
    }

    /// <summary>
    /// Joins marked-up fragments given in text order (by fragment number): two that touch (consecutive numbers)
    /// read as one run ("task" + "-specific" must not become "task … -specific"), others are parted by an ellipsis.
    /// </summary>
    private static string JoinInTextOrder(IReadOnlyList<(int Number, string Html)> ordered)
    {
        // Fragment 0 starts the text; any other first fragment starts mid-text, which the reader should see.
        var snippet = new System.Text.StringBuilder(ordered[0].Number == 0 ? "" : "… ").Append(ordered[0].Html.TrimStart());
        for (var i = 1; i < ordered.Count; i++)
        {
            snippet.Append(ordered[i].Number == ordered[i - 1].Number + 1 ? "" : " … ").Append(ordered[i].Html);
        }
        return snippet.ToString();
    }

    /// <summary>
    /// Replaces each prefix query by the stems of the words of this text that start with it (prefixes match
    /// unstemmed words; the snippet stream has stems). The highlighter's own expansion, over an in-memory
    /// index of the text, is avoided: it is bounded only by the text. Never more than
    /// <see cref="MaxHighlightClauses"/> clauses.
    /// </summary>
    private Query ExpandPrefixes(Query highlight, string text)
    {
        if (highlight is not BooleanQuery boolean || !boolean.Clauses.Any(c => c.Query is PrefixQuery))
        {
            return highlight;
        }
        var stems = WordStems(text);
        var expanded = new BooleanQuery();
        foreach (var clause in boolean.Clauses)
        {
            var queries = clause.Query is PrefixQuery prefix
                ? stems.Where(w => w.Key.StartsWith(prefix.Prefix.Text, StringComparison.Ordinal))
                    .Select(w => w.Value).Distinct()
                    .Select(stem => (Query)new TermQuery(new Term(FieldNames.PlainText, stem)))
                : [clause.Query];
            foreach (var query in queries.Take(MaxHighlightClauses - expanded.Clauses.Count))
            {
                expanded.Add(query, Occur.SHOULD);
            }
        }
        return expanded;
    }

    /// <summary>Each distinct word of the text (lowercased, folded, joined names split) and its stem.</summary>
    private SortedDictionary<string, string> WordStems(string text)
    {
        var stems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var stream = highlightAnalyzer.GetTokenStream(FieldNames.PlainText, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        var word = "";
        while (stream.IncrementToken())
        {
            // KeywordRepeatFilter: the word as written (marked keyword), then its stem when different.
            if (keyword.IsKeyword)
            {
                word = term.ToString();
            }
            stems[word] = term.ToString();
        }
        stream.End();
        return stems;
    }

    /// <summary>About <see cref="SearchLimits.FragmentLength"/> characters from the start, cut at a word boundary.</summary>
    internal static string Start(string text) =>
        Text.WordCut.TryCut(text, SearchLimits.FragmentLength, out var head)
            ? s_encoder.EncodeText(head) + " …"
            : s_encoder.EncodeText(text);
}
