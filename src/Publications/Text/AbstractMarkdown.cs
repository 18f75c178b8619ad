using Markdig;
using Markdig.Parsers;

namespace Publications.Text;

/// <summary>
/// The Markdown dialect of an abstract, shared by <see cref="MarkdownRenderer"/> and <see cref="PlainTextRenderer"/>
/// so that the HTML and the indexed plain text always read the same source the same way.
/// </summary>
internal static class AbstractMarkdown
{
    /// <summary>Longer input is not an abstract; Markdig is skipped so that no quadratic path can be reached.</summary>
    internal const int MaxLength = 100_000;

    /// <summary>
    /// Markdig's link and emphasis parsing is quadratic in the number of open brackets and emphasis delimiters
    /// (measured with 1.6.0: <c>[a](b</c> ×1,000 ≈ 90 ms, ×4,000 ≈ 0.4 s, ×16,000 ≈ 3.4 s; <c>*a</c> ×4,000 ≈ 80 ms).
    /// Real abstracts have a handful; past these counts the text is treated as pathological and shown as
    /// escaped plain text, which bounds the work at a few milliseconds. Backticks, <c>&lt;</c> and parentheses
    /// measured linear, so they are not counted.
    /// </summary>
    private const int MaxBrackets = 500;
    private const int MaxDelimiters = 2_000;

    /// <summary>Builds the pipeline: CommonMark inlines only, raw HTML off, no block constructs but paragraphs.</summary>
    /// <remarks>
    /// An abstract is one line, so headings, lists, quotes, code blocks and thematic breaks would only ever be
    /// accidents (an abstract starting with "1." or "#"); removing their parsers also removes the deep block
    /// nesting that makes Markdig throw. Generic attributes and the advanced extensions stay off on purpose:
    /// they would let <c>{onclick=…}</c> through.
    /// </remarks>
    public static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.TryRemove<HeadingBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        builder.BlockParsers.TryRemove<ListBlockParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<HtmlBlockParser>();
        return builder.Build();
    }

    /// <summary>True when the text must not go through Markdig: too long, or too many brackets or delimiters.</summary>
    public static bool IsPathological(string text)
    {
        if (text.Length > MaxLength)
        {
            return true;
        }
        // Vectorized counts: three passes over the text are quicker than one loop that looks at each character.
        var span = text.AsSpan();
        var brackets = span.Count('[');
        var delimiters = span.Count('*') + span.Count('_');
        return brackets > MaxBrackets || delimiters > MaxDelimiters;
    }
}
