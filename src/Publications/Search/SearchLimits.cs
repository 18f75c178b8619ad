namespace Publications.Search;

/// <summary>The caps that keep any query cheap (DESIGN §4: Lucene's parsers and BooleanQuery have traps).</summary>
public static class SearchLimits
{
    /// <summary>Longer query text is cut (at a space when possible) and the notice says so.</summary>
    public const int MaxQueryLength = 1_000;

    /// <summary>Words, phrases, prefixes and year filters per query; far below BooleanQuery's 1,024 clauses.</summary>
    public const int MaxTerms = 32;

    /// <summary>Parentheses nested deeper than this make the query unreadable (read as plain words), so the parser's recursion stays shallow.</summary>
    public const int MaxDepth = 8;

    /// <summary>Characters a prefix needs before its <c>*</c>: <c>a*</c> would match most of the index.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>The largest page size a request can ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Target length of one snippet fragment, and of the snippet when nothing in the text matches.</summary>
    public const int FragmentLength = 220;

    /// <summary>Fragments per snippet, joined by an ellipsis.</summary>
    public const int MaxFragments = 2;

    /// <summary>How long one search may collect hits, in milliseconds; past it the search stops with what it has and says so.</summary>
    public const int MaxSearchMilliseconds = 1_000;
}
