using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Publications.Text;

/// <summary>
/// Renders an abstract's Markdown to a safe HTML fragment: emphasis, code and http(s) links only; raw HTML,
/// images and other URL schemes come out as text; external links carry <c>rel="noopener noreferrer"</c>.
/// Holds one <see cref="MarkdownPipeline"/> built in the constructor; thread-safe, meant to be a singleton.
/// Owns nothing disposable.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = AbstractMarkdown.BuildPipeline();

    /// <summary>The abstract as an HTML fragment (one or more <c>&lt;p&gt;</c>), safe to emit unencoded.</summary>
    public string Render(string abstractText) => Render(abstractText, null);

    /// <summary>
    /// The abstract as an HTML fragment, safe to emit unencoded, with every word of its text for which
    /// <paramref name="markWord"/> returns true wrapped in <c>&lt;mark&gt;</c> (a search's words on the paper's page).
    /// Words are cut at spaces, punctuation, hyphens and full stops; link text and URLs are never marked.
    /// A plain function rather than a search type, so that text rendering does not depend on search.
    /// </summary>
    public string Render(string abstractText, Func<string, bool>? markWord)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        if (AbstractMarkdown.IsPathological(abstractText))
        {
            return Fallback(abstractText, markWord);
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(abstractText, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig throws ArgumentException past its nesting limit; the escaped text still shows every word.
            return Fallback(abstractText, markWord);
        }
        if (document.Descendants<HtmlBlock>().Any())
        {
            // Cannot happen with HTML disabled; if a Markdig change ever lets one through, refuse it.
            return Fallback(abstractText, markWord);
        }
        SafeInlineRewriter.Apply(document);
        try
        {
            return ToHtml(document, markWord);
        }
        catch (ArgumentException)
        {
            // The renderer has its own nesting limit and throws the same way as the parser.
            return Fallback(abstractText, markWord);
        }
    }

    private string ToHtml(MarkdownDocument document, Func<string, bool>? markWord)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        if (markWord is not null)
        {
            // Bare URLs are links by now (SafeInlineRewriter), so the marker never sees a URL's words.
            WordMarker.Install(renderer, markWord);
        }
        renderer.Render(document);
        // Markdig renders reference definitions as nothing; the page must still show every word of the abstract.
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            writer.Write(Fallback($"[{definition.Label}]: {definition.Url}", markWord));
        }
        return writer.ToString();
    }

    /// <summary>HTML-encoded text in one paragraph, its URLs still linked: for input Markdig must not see.</summary>
    internal static string Fallback(string text, Func<string, bool>? markWord = null)
    {
        var html = new StringBuilder("<p>");
        var position = 0;
        foreach (var match in UrlScanner.Find(text))
        {
            html.Append(WordMarker.Encode(text[position..match.Index], markWord));
            var href = WebUtility.HtmlEncode(match.Href);
            html.Append("<a href=\"").Append(href).Append("\" rel=\"").Append(SafeInlineRewriter.Rel).Append("\">")
                .Append(href).Append("</a>");
            position = match.End;
        }
        html.Append(WordMarker.Encode(text[position..], markWord)).Append("</p>\n");
        return html.ToString();
    }
}
