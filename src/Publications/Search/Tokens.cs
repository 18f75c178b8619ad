using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Publications.Search;

/// <summary>Runs an analyzer over a piece of text: the terms a field would index or a query would search.</summary>
internal static class Tokens
{
    /// <summary>Every term <paramref name="analyzer"/> makes of <paramref name="text"/> in <paramref name="field"/>, in order.</summary>
    public static List<string> Of(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
