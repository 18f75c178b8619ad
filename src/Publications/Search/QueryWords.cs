namespace Publications.Search;

/// <summary>
/// Reads the positive words, phrases and prefixes of a query for <see cref="QueryWordMatcher"/>: the same
/// lexer as the search, skipping whatever follows <c>-</c>/<c>NOT</c> (a whole parenthesised group when one
/// follows), <c>year:</c>, regular expressions and operators. Unreadable text is read as plain words, as the search does.
/// </summary>
internal static class QueryWords
{
    public static QueryWordMatcher Read(string? query, Lucene.Net.Analysis.Analyzer queryAnalyzer, Lucene.Net.Analysis.Analyzer indexAnalyzer)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var token in PositiveTokens(query))
        {
            if (token.Kind == QueryTokenKind.Word && token.Text.EndsWith('*'))
            {
                var prefix = Tokens.Of(queryAnalyzer, FieldNames.Words, token.Text[..^1]);
                if (prefix is [{ Length: >= SearchLimits.MinPrefixLength } single])
                {
                    prefixes.Add(single);
                }
            }
            else if (!token.Text.StartsWith("year:", StringComparison.OrdinalIgnoreCase) && !token.Text.StartsWith('/'))
            {
                stems.UnionWith(Tokens.Of(queryAnalyzer, FieldNames.PlainText, token.Text));
            }
        }
        return new QueryWordMatcher(stems, prefixes, indexAnalyzer);
    }

    /// <summary>Words and phrases that are not excluded, at most <see cref="SearchLimits.MaxTerms"/> of them.</summary>
    private static IEnumerable<QueryToken> PositiveTokens(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var text = QueryText.Cut(query.Trim(), out _);
        List<QueryToken> tokens;
        try
        {
            QueryText.RejectUnreadableCharacters(text);
            tokens = QueryLexer.Lex(text);
        }
        catch (UnreadableQueryException)
        {
            // The search reads such text as plain words (UserQueryParser); marking follows the same reading.
            tokens = [.. QueryText.PlainWords(text).Select(w => new QueryToken(QueryTokenKind.Word, w))];
        }
        return Positive(tokens).Take(SearchLimits.MaxTerms);
    }

    private static IEnumerable<QueryToken> Positive(List<QueryToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == QueryTokenKind.Not)
            {
                i = SkipOperand(tokens, i + 1);
            }
            else if (tokens[i].Kind is QueryTokenKind.Word or QueryTokenKind.Phrase)
            {
                yield return tokens[i];
            }
        }
    }

    /// <summary>The index of the last token of the operand that starts at <paramref name="start"/>.</summary>
    private static int SkipOperand(List<QueryToken> tokens, int start)
    {
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind switch
            {
                QueryTokenKind.Open => 1,
                QueryTokenKind.Close => -1,
                _ => 0,
            };
            // A NOT before a NOT negates what follows the second; keep going until a real operand ends.
            if (depth <= 0 && tokens[i].Kind != QueryTokenKind.Not)
            {
                return i;
            }
        }
        return tokens.Count;
    }
}
