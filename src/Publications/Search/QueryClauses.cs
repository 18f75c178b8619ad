using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>Combines the clauses the query parser reads into Lucene boolean queries.</summary>
internal static class QueryClauses
{
    /// <summary>
    /// ANDs clauses: positives MUST, negated MUST_NOT. Null when there are none; a lone positive is
    /// returned as is, and plain words only (one <see cref="LazyMaxQuery"/> each) as an <see cref="AllWordsQuery"/>.
    /// Only negated clauses mean "every publication but these" (Lucene would match nothing).
    /// </summary>
    public static Query? Combine(List<(Query Query, bool Negated)> clauses)
    {
        if (clauses.Count == 0)
        {
            return null;
        }
        if (clauses is [(var single, false)])
        {
            return single;
        }
        if (clauses.All(c => c is (LazyMaxQuery, false)))
        {
            // Plain words, the usual query: the same query, found and scored faster.
            return new AllWordsQuery(clauses.Select(c => (LazyMaxQuery)c.Query));
        }
        var query = new BooleanQuery();
        foreach (var (clause, negated) in clauses)
        {
            query.Add(clause, negated ? Occur.MUST_NOT : Occur.MUST);
        }
        if (clauses.All(c => c.Negated))
        {
            // Only exclusions: Lucene would match nothing; we mean "every publication but these".
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    /// <summary>Every publication except those matching <paramref name="query"/>.</summary>
    public static BooleanQuery AllBut(Query query) =>
    [
        new BooleanClause(new MatchAllDocsQuery(), Occur.MUST),
        new BooleanClause(query, Occur.MUST_NOT),
    ];
}
