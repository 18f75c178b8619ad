using System.Text.RegularExpressions;

namespace Publications.Text;

/// <summary>
/// Finds http(s) URLs in free text the way a reader would: also when glued to the word before
/// (<c>athttps://…</c>, from PDFs that lost a space) and without the sentence's trailing punctuation.
/// Shared by <see cref="LinkExtractor"/> and <see cref="MarkdownRenderer"/> so a rendered link's href is
/// always the extracted link's href.
/// </summary>
internal static partial class UrlScanner
{
    // No \b before the scheme on purpose: glued URLs must be found. ASCII only, so a URL followed by
    // Unicode punctuation ("。", "’", "×") ends there; brackets and quotes end it too (Markdown syntax).
    // Case-insensitive for the scheme only: IgnoreCase on the negated class would also exclude 'k'
    // (the Kelvin sign U+212A folds to it) and cut "Xuekai" short.
    [GeneratedRegex(@"(?i:https?)://[^\s<>""'`\[\]{}|\\^\u0080-\uFFFF]+", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    /// <summary>Every URL in <paramref name="text"/>, in order: start, length and the parsed URI.</summary>
    public static IEnumerable<UrlMatch> Find(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var url = TrimTrailing(match.Value);
            if (UrlPolicy.TryParse(url, out var uri))
            {
                yield return new UrlMatch(match.Index, url, uri);
            }
        }
    }

    /// <summary>Strips what ends the sentence rather than the URL: <c>.,;:!?</c>, emphasis marks, an unbalanced <c>)</c>.</summary>
    /// <remarks>Counts the parentheses once, so a URL followed by a million <c>)</c> stays linear.</remarks>
    internal static string TrimTrailing(string url)
    {
        var open = url.Count(c => c == '(');
        var close = url.Count(c => c == ')');
        var end = url.Length;
        while (end > 0)
        {
            var last = url[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '~')
            {
                end--;
            }
            else if (last == ')' && open < close)
            {
                close--;
                end--;
            }
            else
            {
                break;
            }
        }
        return url[..end];
    }
}

/// <summary>One URL found in text.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Href">The URL as written, trailing punctuation stripped.</param>
/// <param name="Uri">The parsed URL.</param>
internal readonly record struct UrlMatch(int Index, string Href, Uri Uri)
{
    public int End => Index + Href.Length;
}
