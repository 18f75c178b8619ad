using Publications.Model;

namespace Publications.Search;

/// <summary>One hit: the publication, a snippet of its plain text with matches in <c>&lt;mark&gt;</c>, and its score.</summary>
/// <param name="Publication">The publication found.</param>
/// <param name="SnippetHtml">HTML-encoded snippet; only <c>&lt;mark&gt;</c> elements are markup.</param>
/// <param name="Score">Relevance score (0 when sorted by year).</param>
public sealed record SearchHit(Publication Publication, string SnippetHtml, float Score);

/// <summary>How many hits fall in one year.</summary>
public sealed record YearCount(int Year, int Count);

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Request">The request, with page clamped to at least 1.</param>
/// <param name="Total">How many publications match.</param>
/// <param name="Hits">The requested page of hits (empty past the last page).</param>
/// <param name="YearCounts">Hits per year over the whole result (before year narrowing), newest year first.</param>
/// <param name="ReadAsPlainWords">True when the query could not be read as written and was searched as plain words.</param>
/// <param name="Notice">A sentence for the user about how the query was read (plain words, truncation), or null.</param>
/// <param name="Correction">"Did you mean": a spelling correction of the query, or null when none is close or needed.</param>
public sealed record SearchResults(
    SearchRequest Request,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<YearCount> YearCounts,
    bool ReadAsPlainWords,
    string? Notice,
    Correction? Correction = null)
{
    /// <summary>False when the time limit stopped the search early: such results are never cached.</summary>
    internal bool Complete { get; init; } = true;

    /// <summary>How many pages the result has (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}

/// <summary>A spelling correction of the user's query, built from the index's own (unstemmed) words.</summary>
/// <param name="Query">The corrected query text, operators, phrases and <c>year:</c> kept as the user typed them.</param>
/// <param name="Applied">
/// True when the results shown are this query's ("Showing results for …; search instead for …"): the original
/// found nothing and this finds something. False when it is only a suggestion ("Did you mean …").
/// </param>
public sealed record Correction(string Query, bool Applied);
