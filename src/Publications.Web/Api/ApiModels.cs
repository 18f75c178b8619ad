using Publications.Model;
using Publications.Search;

namespace Publications.Web.Api;

/// <summary>A link of a publication, as the API shows it.</summary>
public sealed record LinkDto(string Href, string Kind, string Label)
{
    public static LinkDto From(PublicationLink link) => new(link.Href, link.Kind.ToString().ToLowerInvariant(), link.Label);
}

/// <summary>A publication in lists and search hits: everything but the full abstract.</summary>
public sealed record PublicationSummaryDto(int Year, int Ordinal, string Slug, string Headline, string Url, string ApiUrl, IReadOnlyList<LinkDto> Links)
{
    public static PublicationSummaryDto From(Publication p) =>
        new(p.Year, p.Ordinal, p.Slug, p.Headline, p.Path, $"/api/publications/{p.Year}/{p.Slug}", [.. p.Links.Select(LinkDto.From)]);
}

/// <summary>One publication in full: the abstract as written, as plain text and as safe HTML.</summary>
public sealed record PublicationDto(
    int Year, int Ordinal, string Slug, string Headline, string Url, string Abstract, string PlainText, string Html, IReadOnlyList<LinkDto> Links);

/// <summary>A page of publications, newest year first.</summary>
public sealed record PublicationPageDto(string Owner, int Total, int Page, int PageSize, int PageCount, IReadOnlyList<PublicationSummaryDto> Publications);

/// <summary>A search hit: the publication, its HTML snippet (only &lt;mark&gt; is markup) and its score.</summary>
public sealed record SearchHitDto(PublicationSummaryDto Publication, string SnippetHtml, float Score);

/// <summary>The answer to a search, with the same meaning as the search page.</summary>
public sealed record SearchResponseDto(
    string Query, string? Year, string Sort, int Total, int Page, int PageSize, int PageCount,
    IReadOnlyList<SearchHitDto> Hits, IReadOnlyList<YearCount> YearCounts, bool ReadAsPlainWords, string? Notice, Correction? Correction);
