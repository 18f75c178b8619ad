namespace Publications.Search;

/// <summary>The names of every field in the search index, in one place so the mapping and the queries agree.</summary>
public static class FieldNames
{
    /// <summary>Stored, not analyzed: <c>year/ordinal</c>, maps a hit back to its <see cref="Model.Publication"/>.</summary>
    public const string Key = "key";

    /// <summary>Year: indexed as one four-digit term for <c>year:</c> ranges and as numeric doc values for sorting and year counts.</summary>
    public const string Year = "year";

    /// <summary>Position within the year, as numeric doc values only: the stable tie-breaker when sorting.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>The abstract without Markdown: analyzed and stemmed, not stored (snippets come from the publication's own text).</summary>
    public const string PlainText = "text";

    /// <summary>The headline: analyzed and stemmed, weighs more than the text at query time.</summary>
    public const string Headline = "headline";

    /// <summary>Link labels such as <c>Code · owner/repo</c>, one value per link: analyzed and stemmed.</summary>
    public const string LinkLabels = "links";

    /// <summary>
    /// The headline's name as one key (<c>sdar-vl</c>, <c>graph counselor</c>), when the headline is a name: not
    /// analyzed, so only a query that is the whole name matches it. Weighs most of all fields.
    /// </summary>
    public const string Name = "name";

    /// <summary>Named systems the text mentions (<c>sdar</c>, <c>llada-v</c>), one key each: not analyzed; weighs more than the headline.</summary>
    public const string Systems = "systems";

    /// <summary>Every word of text, headline and labels, lowercased and folded but not stemmed: prefix queries and "did you mean" suggestions (<see cref="SpellingCorrector"/>).</summary>
    public const string Words = "words";
}
