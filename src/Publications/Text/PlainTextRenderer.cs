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

    /// <summary>The abstract without Markdown; the raw text itself when it is pathological or Markdig fails.</summary>
    public static string Render(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
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
