namespace Publications.Model;

/// <summary>
/// One publication of the list: its abstract exactly as written, and what is derived from it.
/// Immutable; created by <see cref="Parsing.ListParser"/> (or read back by <see cref="Storage.RecordFile"/>) and
/// owned by a <see cref="PublicationList"/>.
/// </summary>
public sealed record Publication
{
    /// <summary>A publication with the given fields.</summary>
    /// <param name="year">The year heading the publication sits under.</param>
    /// <param name="ordinal">Its 1-based position within that year, in file order.</param>
    /// <param name="line">The 1-based line of the list file it came from.</param>
    /// <param name="abstractText">The abstract, trimmed, otherwise verbatim (may contain Markdown and URLs).</param>
    /// <param name="headline">Plain-text headline, never empty (see <see cref="Text.TextDeriver"/>).</param>
    /// <param name="slug">URL slug, unique within its year.</param>
    /// <param name="plainText">The abstract without Markdown: what is indexed and what snippets show.</param>
    /// <param name="links">Every http(s) link in the abstract, in order of appearance, without duplicates.</param>
    public Publication(int year, int ordinal, int line, string abstractText, string headline, string slug, string plainText, IReadOnlyList<PublicationLink> links)
        : this(year, ordinal, line, new StoredText(abstractText), headline, slug, new StoredText(plainText), links)
    {
    }

    /// <summary>As the public constructor, with the long texts kept as <see cref="StoredText"/>.</summary>
    internal Publication(int year, int ordinal, int line, StoredText abstractText, string headline, string slug, StoredText plainText, IReadOnlyList<PublicationLink> links)
    {
        ArgumentException.ThrowIfNullOrEmpty(headline);
        ArgumentException.ThrowIfNullOrEmpty(slug);
        ArgumentNullException.ThrowIfNull(links);
        (Year, Ordinal, Line, Headline, Slug, Links) = (year, ordinal, line, headline, slug, links);
        (_abstract, _plainText) = (abstractText, plainText);
    }

    /// <summary>The year heading the publication sits under.</summary>
    public int Year { get; }

    /// <summary>Its 1-based position within that year, in file order.</summary>
    public int Ordinal { get; }

    /// <summary>The 1-based line of the list file it came from.</summary>
    public int Line { get; }

    /// <summary>The abstract, trimmed, otherwise verbatim (may contain Markdown and URLs).</summary>
    public string Abstract => _abstract.ToString();

    /// <summary>Plain-text headline, never empty (see <see cref="Text.TextDeriver"/>).</summary>
    public string Headline { get; }

    /// <summary>URL slug, unique within its year.</summary>
    public string Slug { get; }

    /// <summary>The abstract without Markdown: what is indexed and what snippets show.</summary>
    public string PlainText => _plainText.ToString();

    /// <summary>Every http(s) link in the abstract, in order of appearance, without duplicates.</summary>
    public IReadOnlyList<PublicationLink> Links { get; }

    /// <summary>The site-relative URL of the publication's page, e.g. <c>/2026/mars2</c>.</summary>
    public string Path => $"/{Year}/{Slug}";

    // Declared last: record equality compares fields in order, so the cheap ones decide first and a text kept in
    // a file is read only when everything else is equal.
    private readonly StoredText _abstract;
    private readonly StoredText _plainText;
}
