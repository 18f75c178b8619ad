namespace Publications.Text;

/// <summary>Derives headline, slug, plain text and links from an abstract. Pure and thread-safe.</summary>
public static class TextDeriver
{
    /// <summary>
    /// How much of a long abstract is rendered separately for the headline: enough for any opening, small
    /// enough that a pathological tail cannot leave Markdown in it.
    /// </summary>
    private const int HeadlineSourceLength = 8_000;

    /// <summary>Derives every field of <see cref="DerivedText"/> from a trimmed, non-empty abstract.</summary>
    public static DerivedText Derive(string abstractText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(abstractText);
        var plainText = PlainTextRenderer.Render(abstractText);
        var headlineSource = abstractText.Length <= HeadlineSourceLength ? plainText : PlainTextRenderer.Render(Head(abstractText));
        var headline = HeadlineExtractor.Extract(headlineSource);
        return new DerivedText(headline.Text, SlugMaker.Make(headline), plainText, LinkExtractor.Extract(abstractText));
    }

    /// <summary>The start of <paramref name="text"/>, cut at a space so no word is split.</summary>
    private static string Head(string text)
    {
        var cut = text.LastIndexOf(' ', HeadlineSourceLength);
        return text[..(cut > 0 ? cut : HeadlineSourceLength)];
    }
}
