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
    public string Render(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        if (AbstractMarkdown.IsPathological(abstractText))
        {
            return Fallback(abstractText);
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(abstractText, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig throws ArgumentException past its nesting limit; the escaped text still shows every word.
            return Fallback(abstractText);
        }
        if (document.Descendants<HtmlBlock>().Any())
        {
            // Cannot happen with HTML disabled; if a Markdig change ever lets one through, refuse it.
            return Fallback(abstractText);
        }
        SafeInlineRewriter.Apply(document);
        try
        {
            return ToHtml(document);
        }
        catch (ArgumentException)
        {
            // The renderer has its own nesting limit and throws the same way as the parser.
            return Fallback(abstractText);
        }
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        // Markdig renders reference definitions as nothing; the page must still show every word of the abstract.
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            writer.Write(Fallback($"[{definition.Label}]: {definition.Url}"));
        }
        return writer.ToString();
    }

    /// <summary>HTML-encoded text in one paragraph, its URLs still linked: for input Markdig must not see.</summary>
    internal static string Fallback(string text)
    {
        var html = new StringBuilder("<p>");
        var position = 0;
        foreach (var match in UrlScanner.Find(text))
        {
            html.Append(WebUtility.HtmlEncode(text[position..match.Index]));
            var href = WebUtility.HtmlEncode(match.Href);
            html.Append("<a href=\"").Append(href).Append("\" rel=\"").Append(SafeInlineRewriter.Rel).Append("\">")
                .Append(href).Append("</a>");
            position = match.End;
        }
        html.Append(WebUtility.HtmlEncode(text[position..])).Append("</p>\n");
        return html.ToString();
    }
}
