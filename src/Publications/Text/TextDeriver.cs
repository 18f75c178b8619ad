using Publications.Model;

namespace Publications.Text;

/// <summary>Derives headline, slug, plain text and links from an abstract. Pure and thread-safe.</summary>
public static class TextDeriver
{
    /// <summary>Derives every field of <see cref="DerivedText"/> from a trimmed, non-empty abstract.</summary>
    public static DerivedText Derive(string abstractText)
    {
        // TEMPORARY placeholder until Text/ lands (being written now); replaced, never shipped.
        ArgumentException.ThrowIfNullOrWhiteSpace(abstractText);
        var headline = abstractText.Length > 90 ? abstractText[..90] : abstractText;
        return new DerivedText(headline, "", abstractText, Array.Empty<PublicationLink>());
    }
}
