using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publications.Text;

/// <summary>
/// Markdown → plain text (<c>**M**ulti-**S**cale</c> → <c>Multi-Scale</c>): what is indexed and what snippets show.
/// Every content word survives: link text is kept, bare URLs are kept, reference definitions are kept as text.
/// Pure and thread-safe.
/// </summary>
internal static class PlainTextRenderer
{
    private static readonly MarkdownPipeline Pipeline = AbstractMarkdown.BuildPipeline();

    /// <summary>
    /// What can make Markdig read a text differently from the text itself in this dialect (CommonMark inlines,
    /// paragraphs only): escapes, code spans, emphasis, links and images (both open with <c>[</c>), autolinks,
    /// entities, and the controls Markdig rewrites or breaks lines at. Block markers (<c>#</c>, <c>&gt;</c>,
    /// <c>-</c>, <c>1.</c>, indentation) need none: their parsers are removed. A text without any of these is its
    /// own plain text, as Markdig would give it (PlainTextTests compares the two on random texts).
    /// </summary>
    private static readonly SearchValues<char> s_markup = SearchValues.Create(
        [.. "\\`*_[<&", .. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c)]);

    /// <summary>
    /// The abstract without Markdown; the raw text itself when it is pathological or Markdig fails, and the
    /// (trimmed) text itself, without Markdig, when it holds no Markdown: most real abstracts, and then the plain
    /// text is the same string as the abstract.
    /// </summary>
    public static string Render(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        if (!abstractText.AsSpan().ContainsAny(s_markup))
        {
            var trimmed = abstractText.Trim();
            return trimmed.Length > 0 ? trimmed : abstractText;
        }
        return RenderWithMarkdig(abstractText);
    }

    /// <summary><see cref="Render"/> without the shortcut for texts without Markdown: what the shortcut must equal.</summary>
    internal static string RenderWithMarkdig(string abstractText)
    {
        if (AbstractMarkdown.IsPathological(abstractText))
        {
            return abstractText;
        }
        string text;
        try
        {
            text = Write(Markdown.Parse(abstractText, Pipeline), abstractText.Length);
        }
        catch (ArgumentException)
        {
            // Markdig throws ArgumentException past its nesting limit. The raw text loses no word, which is
            // what the index needs; the markup left in it is harmless there.
            return abstractText;
        }
        // Defensive: a text that was only a reference definition or markup must not index as nothing.
        return string.IsNullOrWhiteSpace(text) ? abstractText : text;
    }

    private static string Write(MarkdownDocument document, int capacity)
    {
        // Sized for the whole abstract, which the plain text hardly ever outgrows: one buffer, never regrown.
        var builder = new StringBuilder(capacity);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            if (block is LinkReferenceDefinition definition)
            {
                builder.Append(definition.Label).Append(' ').Append(definition.Url);
            }
            else if (block.Inline is { } inline)
            {
                AppendInlines(builder, inline);
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>The plain text of one inline subtree (an image's alt text, for instance).</summary>
    public static string InlineText(ContainerInline container)
    {
        var builder = new StringBuilder();
        AppendInlines(builder, container);
        return builder.ToString();
    }

    private static void AppendInlines(StringBuilder builder, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case LinkInline { FirstChild: null } link:
                    builder.Append(link.Url);
                    break;
                case ContainerInline child:
                    AppendInlines(builder, child);
                    break;
            }
        }
    }
}
