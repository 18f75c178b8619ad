using System.Text;

namespace Publications.Search;

/// <summary>
/// Splits query text into <see cref="QueryToken"/>s: words, quoted phrases, <c>OR</c>, <c>NOT</c>/<c>-</c>
/// and parentheses. Iterative (no recursion), linear in the text. Throws <see cref="UnreadableQueryException"/>
/// for an unclosed quote.
/// </summary>
internal static class QueryLexer
{
    /// <summary>Straight and typographic double quotes (phones type “ ”); any of them closes a phrase.</summary>
    private const string Quotes = "\"“”„";

    public static List<QueryToken> Lex(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.Open : QueryTokenKind.Close, c.ToString()));
                i++;
            }
            else if (Quotes.Contains(c, StringComparison.Ordinal))
            {
                i = ReadPhrase(text, i + 1, tokens);
            }
            else if (c == '-')
            {
                // A leading minus negates what follows; inside a word ("state-of-the-art") it is just a hyphen.
                // Alone ("LLM - survey") it is ambiguous: read as plain words rather than guess.
                if (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))
                {
                    throw new UnreadableQueryException("a - stands alone");
                }
                tokens.Add(new QueryToken(QueryTokenKind.Not, "-"));
                i++;
            }
            else
            {
                i = ReadWord(text, i, tokens);
            }
        }
        return tokens;
    }

    private static int ReadPhrase(string text, int start, List<QueryToken> tokens)
    {
        var end = text.IndexOfAny(Quotes.ToCharArray(), start);
        if (end < 0)
        {
            throw new UnreadableQueryException("a quote is not closed");
        }
        tokens.Add(new QueryToken(QueryTokenKind.Phrase, text[start..end]));
        return end + 1;
    }

    private static int ReadWord(string text, int start, List<QueryToken> tokens)
    {
        var word = new StringBuilder();
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')'
            && !Quotes.Contains(text[i], StringComparison.Ordinal))
        {
            word.Append(text[i]);
            i++;
        }
        var value = word.ToString();
        var kind = value switch
        {
            "OR" => QueryTokenKind.Or,
            "NOT" => QueryTokenKind.Not,
            _ => QueryTokenKind.Word,
        };
        // "AND" is what every query does anyway: accepted and ignored.
        if (value != "AND")
        {
            tokens.Add(new QueryToken(kind, value));
        }
        return i;
    }
}
