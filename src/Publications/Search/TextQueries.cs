using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>
/// Turns analyzed user words into Lucene queries over the text fields. Holds no per-query state; the
/// analyzer it uses is thread-safe.
/// </summary>
internal sealed class TextQueries(Analyzer queryAnalyzer)
{
    /// <summary>The fields a word is looked for in, with their weights: a match in the headline or a link label counts more.</summary>
    private static readonly (string Field, float Boost)[] s_fields =
    [
        (FieldNames.PlainText, 1f),
        (FieldNames.Headline, 3f),
        (FieldNames.LinkLabels, 2f),
    ];

    /// <summary>
    /// Weights of the exact-name fields. A query that is a paper's name (<c>WIST</c>, <c>SDAR-VL</c>) must put that
    /// paper first, ahead of papers whose text says the word more often; a named system the text mentions
    /// (<c>SDAR</c> in the SDAR paper) comes next, still above a headline that merely contains the word.
    /// </summary>
    private const float NameBoost = 8f;
    private const float SystemBoost = 4f;

    /// <summary>Lets a word's best field decide its score, with a little credit for matching elsewhere too.</summary>
    private const float TieBreaker = 0.1f;

    /// <summary>
    /// The query for a word or phrase: one term, or a phrase when the text analyzes to several tokens
    /// (<c>SDAR-VL</c>); null when nothing is left (stop words, punctuation).
    /// </summary>
    public (Query Search, Query Highlight)? ForText(string text)
    {
        var tokens = Analyze(FieldNames.PlainText, text);
        if (tokens.Count == 0)
        {
            return null;
        }
        var search = new LazyMaxQuery(TieBreaker);
        foreach (var (field, boost) in s_fields)
        {
            var query = Build(field, tokens);
            query.Boost = boost;
            search.Add(query);
        }
        var key = PublicationNames.Key(text);
        if (key.Length > 0)
        {
            search.Add(new TermQuery(new Term(FieldNames.Name, key)) { Boost = NameBoost });
            search.Add(new TermQuery(new Term(FieldNames.Systems, key)) { Boost = SystemBoost });
        }
        return (search, Build(FieldNames.PlainText, tokens));
    }

    /// <summary>The lowercased, folded, unstemmed form of a prefix, or null unless it is exactly one token.</summary>
    public string? PrefixTerm(string prefix)
    {
        var tokens = Analyze(FieldNames.Words, prefix);
        return tokens.Count == 1 ? tokens[0].Term : null;
    }

    private static Query Build(string field, List<(string Term, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }
        // Stop words leave gaps in positions, in the index and here alike, so "tree of search" still lines up.
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position - first);
        }
        return phrase;
    }

    private List<(string Term, int Position)> Analyze(string field, string text)
    {
        var tokens = new List<(string Term, int Position)>();
        using var stream = queryAnalyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
