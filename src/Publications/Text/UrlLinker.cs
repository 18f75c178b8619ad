using System.Text;
using Markdig.Syntax.Inlines;

namespace Publications.Text;

/// <summary>
/// Links bare and glued URLs in text. Markdig's autolink extension misses <c>athttps://…</c> and trims
/// punctuation its own way; doing it here with <see cref="UrlScanner"/> keeps hrefs identical to the links list.
/// </summary>
internal static class UrlLinker
{
    /// <summary>Replaces URLs in the literals under <paramref name="container"/> (outside existing links) by links.</summary>
    public static void LinkBareUrls(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            if (inline is LiteralInline)
            {
                inline = LinkRun(inline);
                continue;
            }
            if (inline is ContainerInline child and not LinkInline)
            {
                LinkBareUrls(child);
            }
            inline = inline.NextSibling;
        }
    }

    /// <summary>
    /// Handles one run of adjacent literals (Markdig splits text at unmatched delimiters such as the
    /// <c>_</c> in a URL) and returns the inline after the run.
    /// </summary>
    private static Inline? LinkRun(Inline first)
    {
        var run = new List<LiteralInline>();
        var text = new StringBuilder();
        Inline? next = first;
        while (next is LiteralInline literal)
        {
            run.Add(literal);
            text.Append(literal.Content.AsSpan());
            next = literal.NextSibling;
        }
        var content = text.ToString();
        var matches = UrlScanner.Find(content).ToList();
        if (matches.Count > 0)
        {
            Replace(run, content, matches);
        }
        return next;
    }

    private static void Replace(List<LiteralInline> run, string content, List<UrlMatch> matches)
    {
        var anchor = run[0];
        var position = 0;
        foreach (var match in matches)
        {
            if (match.Index > position)
            {
                anchor.InsertBefore(new LiteralInline(content[position..match.Index]));
            }
            anchor.InsertBefore(SafeInlineRewriter.NewLink(match.Href));
            position = match.End;
        }
        if (position < content.Length)
        {
            anchor.InsertBefore(new LiteralInline(content[position..]));
        }
        foreach (var literal in run)
        {
            literal.Remove();
        }
    }
}
