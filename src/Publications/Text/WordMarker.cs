using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Publications.Text;

/// <summary>
/// Wraps chosen words of an abstract in <c>&lt;mark&gt;</c> (the words a search was for). Only text is touched:
/// never a link (its text is often the URL itself, and its href must stay exactly what the links list says),
/// code, or an attribute. The word itself still goes through the renderer's or <see cref="WebUtility"/>'s
/// encoding, so marking can never let markup through. Pure and thread-safe.
/// </summary>
internal static partial class WordMarker
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    /// <summary>
    /// Replaces the renderer's literal renderer by one that marks words. Marking while rendering, rather than
    /// rewriting the tree: Markdig's sibling links after <see cref="UrlLinker"/>'s rewrite do not survive a second
    /// round of inserts (measured: text after a linked URL vanished), and the renderer only walks forward.
    /// </summary>
    public static void Install(HtmlRenderer renderer, Func<string, bool> markWord) =>
        renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new MarkingLiteralRenderer(markWord));

    /// <summary><paramref name="text"/> HTML-encoded, with the chosen words in <c>&lt;mark&gt;</c>; plain encoding when <paramref name="markWord"/> is null.</summary>
    public static string Encode(string text, Func<string, bool>? markWord)
    {
        if (markWord is null)
        {
            return WebUtility.HtmlEncode(text);
        }
        var html = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in Word().Matches(text).Where(m => markWord(m.Value)))
        {
            html.Append(WebUtility.HtmlEncode(text[position..match.Index]))
                .Append(Open).Append(WebUtility.HtmlEncode(match.Value)).Append(Close);
            position = match.Index + match.Length;
        }
        return html.Append(WebUtility.HtmlEncode(text[position..])).ToString();
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Writes a literal escaped, as Markdig's own renderer does, with the chosen words in <c>&lt;mark&gt;</c>.</summary>
    private sealed class MarkingLiteralRenderer(Func<string, bool> markWord) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            var content = obj.Content.ToString();
            if (InsideLink(obj))
            {
                renderer.WriteEscape(content);
                return;
            }
            var position = 0;
            foreach (var match in Word().Matches(content).Where(m => markWord(m.Value)))
            {
                // Only our own constant tags are written raw; every piece of text goes through the escaper.
                renderer.WriteEscape(content[position..match.Index]).Write(Open).WriteEscape(match.Value).Write(Close);
                position = match.Index + match.Length;
            }
            renderer.WriteEscape(content[position..]);
        }
    }

    /// <summary>A word: letters, marks and digits, with an apostrophe inside (<c>SDAR’s</c>); hyphens and full stops separate words.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Word();
}
