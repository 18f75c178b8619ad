using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Reads the user's query language (DESIGN §4) into Lucene queries without ever using Lucene's own
/// query parsers on user text. Words are all required; <c>"…"</c> is a phrase; <c>a OR b</c>; <c>-word</c>
/// and <c>NOT word</c> exclude (a query of only exclusions means every publication except those);
/// <c>prefix*</c>; <c>year:2024</c> and <c>year:2023..2025</c>; parentheses up to
/// <see cref="SearchLimits.MaxDepth"/> deep. Anything else that cannot be read as written is searched
/// as plain words, with a notice. Never throws for any input. Holds per-query state: make one per query.
/// </summary>
internal sealed class UserQueryParser(TextQueries queries)
{
    private List<QueryToken> _tokens = [];
    private bool _lengthCut;
    private bool _termsCut;
    private string? _fallbackNotice;
    private int _next;
    private int _terms;
    private int _negations;
    private bool _droppedWords;
    private BooleanQuery _highlight = [];

    /// <summary>Parses one query text. Call once per instance.</summary>
    public ParsedQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedQuery(null, null, false, null);
        }
        text = QueryText.Cut(text.Trim(), out _lengthCut);
        try
        {
            QueryText.RejectUnreadableCharacters(text);
            _tokens = QueryLexer.Lex(text);
            var query = ParseSequence(depth: 0);
            if (_next < _tokens.Count)
            {
                throw new UnreadableQueryException("a parenthesis is closed but was never opened");
            }
            return Finish(query, readAsPlainWords: false);
        }
        catch (UnreadableQueryException e)
        {
            return PlainWords(text, e.Message);
        }
    }

    private Query? ParseSequence(int depth)
    {
        var clauses = new List<(Query Query, bool Negated)>();
        while (_next < _tokens.Count && !PeekIs(QueryTokenKind.Close))
        {
            if (ParseOrGroup(depth) is { } clause)
            {
                clauses.Add(clause);
            }
        }
        return QueryClauses.Combine(clauses);
    }

    private (Query Query, bool Negated)? ParseOrGroup(int depth)
    {
        var members = new List<(Query Query, bool Negated)?> { ParseUnary(depth) };
        while (PeekIs(QueryTokenKind.Or))
        {
            _next++;
            if (_next == _tokens.Count || PeekIs(QueryTokenKind.Or) || PeekIs(QueryTokenKind.Close))
            {
                throw new UnreadableQueryException("OR needs something on both sides");
            }
            members.Add(ParseUnary(depth));
        }
        var alive = members.OfType<(Query Query, bool Negated)>().ToList();
        if (alive.Count <= 1)
        {
            return alive.Count == 0 ? null : alive[0];
        }
        var group = new BooleanQuery();
        foreach (var (query, negated) in alive)
        {
            // "a OR -b": a negated member means "everything but b", matched like any other alternative.
            group.Add(negated ? QueryClauses.AllBut(query) : query, Occur.SHOULD);
        }
        return (group, false);
    }

    private (Query Query, bool Negated)? ParseUnary(int depth)
    {
        if (!PeekIs(QueryTokenKind.Not))
        {
            return ParsePrimary(depth) is { } query ? (query, false) : null;
        }
        _next++;
        if (_next == _tokens.Count || PeekIs(QueryTokenKind.Or) || PeekIs(QueryTokenKind.Close) || PeekIs(QueryTokenKind.Not))
        {
            throw new UnreadableQueryException("NOT and - need a word after them");
        }
        _negations++;
        var negated = ParsePrimary(depth);
        _negations--;
        return negated is null ? null : (negated, true);
    }

    private Query? ParsePrimary(int depth)
    {
        var token = _tokens[_next++];
        return token.Kind switch
        {
            QueryTokenKind.Open => ParseGroup(depth + 1),
            QueryTokenKind.Word when TakeTerm() => ParseWord(token.Text),
            QueryTokenKind.Phrase when TakeTerm() => Text(token.Text),
            QueryTokenKind.Word or QueryTokenKind.Phrase => null,
            _ => throw new UnreadableQueryException("OR needs something on both sides"),
        };
    }

    private Query? ParseGroup(int depth)
    {
        if (depth > SearchLimits.MaxDepth)
        {
            throw new UnreadableQueryException($"parentheses are nested more than {SearchLimits.MaxDepth} deep");
        }
        var inner = ParseSequence(depth);
        if (!PeekIs(QueryTokenKind.Close))
        {
            throw new UnreadableQueryException("a parenthesis is not closed");
        }
        _next++;
        return inner;
    }

    private Query? ParseWord(string word)
    {
        if (word.StartsWith("year:", StringComparison.OrdinalIgnoreCase))
        {
            return YearRange.TryParse(word[5..], out var years)
                ? TermRangeQuery.NewStringRange(FieldNames.Year, PublicationDocument.YearTerm(years.From), PublicationDocument.YearTerm(years.To), true, true)
                : throw new UnreadableQueryException("year: needs a year such as 2024 or a range such as 2023..2025");
        }
        if (word.StartsWith('/'))
        {
            throw new UnreadableQueryException("regular expressions are not supported");
        }
        var star = word.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? Text(word) : Prefix(word, star);
    }

    private PrefixQuery Prefix(string word, int star)
    {
        if (star != word.Length - 1)
        {
            throw new UnreadableQueryException("* works only at the end of a word");
        }
        var term = queries.PrefixTerm(word[..star]);
        if (term is null || term.Length < SearchLimits.MinPrefixLength)
        {
            throw new UnreadableQueryException($"* needs at least {SearchLimits.MinPrefixLength} letters before it");
        }
        // Constant score over a filter: any number of expansions, never a BooleanQuery clause per term.
        var prefix = new PrefixQuery(new Term(FieldNames.Words, term))
        {
            MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE,
        };
        AddHighlight(prefix);
        return prefix;
    }

    private Query? Text(string text)
    {
        if (queries.ForText(text) is not { } query)
        {
            _droppedWords = true;
            return null;
        }
        AddHighlight(query.Highlight);
        return query.Search;
    }

    private void AddHighlight(Query query)
    {
        // Excluded words are not in the hits' text, and marking them would mislead.
        if (_negations == 0)
        {
            _highlight.Add(query, Occur.SHOULD);
        }
    }

    private bool TakeTerm()
    {
        _terms++;
        _termsCut |= _terms > SearchLimits.MaxTerms;
        return !_termsCut;
    }

    private bool PeekIs(QueryTokenKind kind) => _next < _tokens.Count && _tokens[_next].Kind == kind;

    private ParsedQuery PlainWords(string text, string reason)
    {
        _highlight = [];
        _terms = 0;
        _termsCut = false;
        _negations = 0;
        _droppedWords = false;
        var words = QueryText.PlainWords(text);
        var clauses = new List<(Query Query, bool Negated)>();
        foreach (var word in words)
        {
            if (TakeTerm() && Text(word) is { } query)
            {
                clauses.Add((query, false));
            }
        }
        _fallbackNotice = words.Count == 0
            ? $"Your query couldn't be read as written ({reason}), and no words were left to search."
            : $"Your query couldn't be read as written ({reason}), so it was searched as plain words: {string.Join(' ', words.Take(SearchLimits.MaxTerms))}";
        return Finish(QueryClauses.Combine(clauses), readAsPlainWords: true);
    }

    private ParsedQuery Finish(Query? query, bool readAsPlainWords)
    {
        var notices = new List<string?>
        {
            _fallbackNotice,
            _lengthCut ? $"Your query was longer than {SearchLimits.MaxQueryLength:N0} characters, so only its start was searched." : null,
            _termsCut ? $"Only its first {SearchLimits.MaxTerms} words were searched." : null,
            query is null && _droppedWords ? "Very common words such as “the” or “a” are not searched, and nothing else was left." : null,
        };
        var present = notices.OfType<string>().ToList();
        // A sentence that ends in the searched words gets its full stop only when another sentence follows.
        var notice = string.Join(' ', present.Select((n, i) => i < present.Count - 1 && !n.EndsWith('.') ? n + "." : n));
        var highlight = _highlight.Clauses.Count == 0 ? null : _highlight;
        return new ParsedQuery(query, highlight, readAsPlainWords, notice.Length == 0 ? null : notice);
    }
}
