using System.Text;
using Markdig.Syntax.Inlines;

namespace Publications.Text;

/// <summary>The text of an inline subtree (an image's alt text, for instance).</summary>
internal static class InlineText
{
    /// <summary>Concatenates the literal, code and autolink text under <paramref name="container"/>.</summary>
    public static string Of(ContainerInline container)
    {
        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ContainerInline container)
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
                case ContainerInline child:
                    Append(builder, child);
                    break;
            }
        }
    }
}
