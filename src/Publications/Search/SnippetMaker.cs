using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Publications.Search;

/// <summary>
/// Makes the HTML snippet of a hit: the best fragments of its plain text with matches in <c>&lt;mark&gt;</c>,
/// everything else HTML-encoded. Stateless; the analyzer it uses is thread-safe.
/// </summary>
internal sealed class SnippetMaker(Analyzer highlightAnalyzer)
{
    /// <summary>Encodes every character that could be markup; the default encoder would let <c>&lt;script&gt;</c> through.</summary>
    private static readonly HtmlTextEncoder s_encoder = new();

    /// <summary>The snippet for <paramref name="text"/>; its start when <paramref name="highlight"/> is null or marks nothing in it.</summary>
    public string Make(Query? highlight, string text)
    {
        if (highlight is not null && BestFragments(highlight, text) is { Length: > 0 } fragments)
        {
            return string.Join(" … ", fragments);
        }
        return Start(text);
    }

    private string[]? BestFragments(Query highlight, string text)
    {
        // No field name: the query's terms count in whatever field they name, since the highlight query
        // mixes stemmed text terms and unstemmed prefix terms, and the snippet stream has both forms.
        var scorer = new QueryScorer(highlight);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), s_encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SearchLimits.FragmentLength),
            // The default stops after 50 KB; a long abstract's matches near the end must still show.
            MaxDocCharsToAnalyze = text.Length,
        };
        using var stream = highlightAnalyzer.GetTokenStream(FieldNames.PlainText, text);
        try
        {
            return highlighter.GetBestFragments(stream, text, SearchLimits.MaxFragments);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // A prefix expanding to over 1,024 words within one very long text: show its start instead.
            return null;
        }
    }

    /// <summary>About <see cref="SearchLimits.FragmentLength"/> characters from the start, cut at a word boundary.</summary>
    internal static string Start(string text)
    {
        if (text.Length <= SearchLimits.FragmentLength)
        {
            return s_encoder.EncodeText(text);
        }
        var end = text.LastIndexOf(' ', SearchLimits.FragmentLength);
        if (end < SearchLimits.FragmentLength / 2)
        {
            end = char.IsHighSurrogate(text[SearchLimits.FragmentLength - 1]) ? SearchLimits.FragmentLength - 1 : SearchLimits.FragmentLength;
        }
        return s_encoder.EncodeText(text[..end].TrimEnd(' ', ',', ';', ':', '.')) + " …";
    }
}
