using Publications.Model;

namespace Publications.Text;

/// <summary>Everything derived from one abstract, before its slug is made unique within its year.</summary>
/// <param name="Headline">Plain-text headline, at most about 90 characters, never empty.</param>
/// <param name="SlugBase">Slug before de-duplication: lowercase ASCII letters, digits and hyphens, at most 60 characters; empty when nothing Latin is left (the caller then uses <c>paper-N</c>).</param>
/// <param name="PlainText">The abstract without Markdown.</param>
/// <param name="Links">Every http(s) link, in order, without duplicates.</param>
public sealed record DerivedText(string Headline, string SlugBase, string PlainText, IReadOnlyList<PublicationLink> Links);
