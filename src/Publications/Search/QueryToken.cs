namespace Publications.Search;

/// <summary>The kinds of token in the user's query language.</summary>
internal enum QueryTokenKind
{
    /// <summary>A bare word, <c>prefix*</c> or <c>year:…</c>.</summary>
    Word,
    /// <summary>The inside of <c>"…"</c>.</summary>
    Phrase,
    /// <summary><c>OR</c> (upper case).</summary>
    Or,
    /// <summary><c>NOT</c> (upper case) or a leading <c>-</c>.</summary>
    Not,
    /// <summary><c>(</c>.</summary>
    Open,
    /// <summary><c>)</c>.</summary>
    Close,
}

/// <summary>One token of the user's query.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text);

/// <summary>Thrown inside the query parser when the text cannot be read as written; always caught there and turned into a plain-words search.</summary>
internal sealed class UnreadableQueryException(string reason) : Exception(reason);
