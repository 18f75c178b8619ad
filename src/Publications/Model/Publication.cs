namespace Publications.Model;

/// <summary>
/// One publication of the list: its abstract exactly as written, and what is derived from it.
/// Immutable; created by <see cref="Parsing.ListParser"/> and owned by a <see cref="PublicationList"/>.
/// </summary>
/// <param name="Year">The year heading the publication sits under.</param>
/// <param name="Ordinal">Its 1-based position within that year, in file order.</param>
/// <param name="Line">The 1-based line of the list file it came from.</param>
/// <param name="Abstract">The abstract, trimmed, otherwise verbatim (may contain Markdown and URLs).</param>
/// <param name="Headline">Plain-text headline, never empty (see <see cref="Text.TextDeriver"/>).</param>
/// <param name="Slug">URL slug, unique within its year.</param>
/// <param name="PlainText">The abstract without Markdown: what is indexed and what snippets show.</param>
/// <param name="Links">Every http(s) link in the abstract, in order of appearance, without duplicates.</param>
public sealed record Publication(
    int Year,
    int Ordinal,
    int Line,
    string Abstract,
    string Headline,
    string Slug,
    string PlainText,
    IReadOnlyList<PublicationLink> Links)
{
    /// <summary>The site-relative URL of the publication's page, e.g. <c>/2026/mars2</c>.</summary>
    public string Path => $"/{Year}/{Slug}";
}
