using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publications.Text;

/// <summary>
/// The allow-list over Markdig's parsed document (Markdig is not a sanitizer: it emits <c>javascript:</c>,
/// <c>data:</c> and <c>vbscript:</c> targets as readily as http). Links keep their href only when
/// <see cref="UrlPolicy"/> allows it, images become their alt text, raw HTML becomes text, and bare or
/// glued URLs in text become links whose href equals what <see cref="LinkExtractor"/> reports.
/// </summary>
internal static class SafeInlineRewriter
{
    internal const string Rel = "noopener noreferrer";

    /// <summary>Rewrites <paramref name="document"/> in place.</summary>
    public static void Apply(MarkdownDocument document)
    {
        // Materialised first: the loop below changes the tree it walks.
        var inlines = document.Descendants<Inline>().ToList();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    image.ReplaceBy(new LiteralInline(PlainTextRenderer.InlineText(image)), copyChildren: false);
                    break;
                case LinkInline link when UrlPolicy.IsAllowed(link.Url):
                    // A dynamic URL would bypass the check above; an allowed link never needs one.
                    link.GetDynamicUrl = null;
                    link.GetAttributes().AddPropertyIfNotExist("rel", Rel);
                    break;
                case LinkInline link:
                    Unwrap(link);
                    break;
                case AutolinkInline autolink:
                    autolink.ReplaceBy(FromAutolink(autolink), copyChildren: false);
                    break;
                case HtmlInline html:
                    html.ReplaceBy(new LiteralInline(html.Tag), copyChildren: false);
                    break;
            }
        }
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } root)
            {
                UrlLinker.LinkBareUrls(root);
            }
        }
    }

    /// <summary>A link whose target is not allowed keeps its text and loses its href.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }

    private static Inline FromAutolink(AutolinkInline autolink) =>
        !autolink.IsEmail && UrlPolicy.IsAllowed(autolink.Url)
            ? NewLink(autolink.Url)
            : new LiteralInline($"<{autolink.Url}>");

    /// <summary>A link to an allowed URL showing the URL itself.</summary>
    internal static LinkInline NewLink(string href)
    {
        var link = new LinkInline(href, "");
        link.AppendChild(new LiteralInline(href));
        link.GetAttributes().AddPropertyIfNotExist("rel", Rel);
        return link;
    }
}
