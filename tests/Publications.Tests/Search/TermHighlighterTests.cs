using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// The one-pass snippets for plain words must be exactly what Lucene's highlighter makes of the same query and
/// text (it is what phrases still use, and what the snippet tests were written against).
/// </summary>
public sealed class TermHighlighterTests
{
    private static readonly string[] s_tricky =
    [
        "LLMRouterBench routes queries; LLM routers and the bench differ.",
        "SDAR’s SDAR-VL model & <script>alert('x')</script> “quoted” café naïve résumé.",
        "hallucination.We found hallucinations in LLaDA-V and LLaDA.",
        "Emoji 🙂 and math 𝒜 letters next to learning models, learning again.",
        string.Concat(Enumerable.Repeat("Learning to search graphs of models with language. ", 40)),
    ];

    [Fact]
    public void Snippets_for_plain_words_equal_the_highlighters_over_generated_and_shipped_abstracts()
    {
        var generated = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(150, 11)).WriteToString()), "g.txt").List!;
        var shipped = ListParser.ParseFile(TestFiles.ShippedList).List!;
        var texts = generated.All.Concat(shipped.All).Select(p => p.PlainText).Concat(s_tricky).ToList();
        // Words drawn from the texts themselves, so most queries match something; plus prefixes and joined names.
        var random = new Random(5);
        var words = texts.SelectMany(t => t.Split([' ', ',', '.', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToArray();
        var queries = Enumerable.Range(0, 60)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])))
            .Concat(["learning models", "learn*", "LLMRouterBench", "router", "sdar", "hallucination", "cafe", "script alert", "emoji letters"])
            .ToList();

        using var queryAnalyzer = new PublicationAnalyzer(AnalysisMode.Query);
        using var indexAnalyzer = new PublicationAnalyzer(AnalysisMode.Index);
        using var highlightAnalyzer = new PublicationAnalyzer(AnalysisMode.Highlight);
        var parser = new TextQueries(queryAnalyzer);
        var snippets = new SnippetMaker(indexAnalyzer, highlightAnalyzer);
        var compared = 0;
        var marked = 0;
        foreach (var query in queries)
        {
            var highlight = new UserQueryParser(parser).Parse(query).Highlight;
            Assert.NotNull(highlight);
            foreach (var text in texts.Where((_, i) => (i + query.Length) % 4 == 0 || i >= texts.Count - s_tricky.Length))
            {
                var fast = snippets.Make(highlight, text);
                Assert.Equal(snippets.MakeWithHighlighter(highlight, text), fast);
                compared++;
                marked += fast.Contains("<mark>", StringComparison.Ordinal) ? 1 : 0;
            }
        }
        // Not a comparison of unmarked starts only: many snippets mark something.
        Assert.True(marked > compared / 4, $"Only {marked} of {compared} snippets marked anything.");
    }

    [Fact]
    public void Plain_words_take_the_one_pass_path_and_phrases_the_highlighter()
    {
        using var queryAnalyzer = new PublicationAnalyzer(AnalysisMode.Query);
        var parser = new TextQueries(queryAnalyzer);

        Assert.NotNull(TermHighlighter.WeightsOf(new UserQueryParser(parser).Parse("language models -robots").Highlight!));
        Assert.Null(TermHighlighter.WeightsOf(new UserQueryParser(parser).Parse("\"language models\"").Highlight!));
        Assert.Null(TermHighlighter.WeightsOf(new UserQueryParser(parser).Parse("SDAR-VL").Highlight!));
    }

    [Fact]
    public void Weighted_terms_are_scanned_to_the_end_where_a_later_fragment_outscores_the_first_ones()
    {
        // Two fragments holding only "learning" score 2, as many as there are terms; the later one holding both scores
        // 2.5 and must still win: only unit weights let the scan stop once enough fragments hold every term.
        var filler = string.Concat(Enumerable.Repeat("Plain words fill the space between the matches here. ", 4));
        var text = $"Learning starts. {filler}Learning again. {filler}Learning meets graphs at last. {filler}The end.";
        var highlight = new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(FieldNames.PlainText, "learn")) { Boost = 2f }, Lucene.Net.Search.Occur.SHOULD },
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(FieldNames.PlainText, "graph")) { Boost = 0.5f }, Lucene.Net.Search.Occur.SHOULD },
        };
        using var indexAnalyzer = new PublicationAnalyzer(AnalysisMode.Index);
        using var highlightAnalyzer = new PublicationAnalyzer(AnalysisMode.Highlight);
        var snippets = new SnippetMaker(indexAnalyzer, highlightAnalyzer);

        var fast = snippets.Make(highlight, text);

        Assert.Equal(snippets.MakeWithHighlighter(highlight, text), fast);
        Assert.Contains("<mark>graphs</mark>", fast, StringComparison.Ordinal);
    }
}
