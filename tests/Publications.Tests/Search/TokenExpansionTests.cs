using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// The index chain replays each word's remembered expansion (TokenExpansions) instead of running the filters on
/// every occurrence, both when indexing (one table per indexing thread) and when snippets and related papers analyze
/// a text (one per request thread): its token streams must be exactly those of the filters themselves.
/// </summary>
public sealed class TokenExpansionTests
{
    /// <summary>Words that exercise every filter and the positions between words: stop words, possessives, joined names, glued sentences, diacritics, overlong words.</summary>
    public static TheoryData<string> Tricky() =>
    [
        "The the THE model of the",
        "a an the of",
        "LLMRouterBench's results beat CoGenesis’s and the GraphRAG.",
        "hallucination.We found that.The model and CoGenesis.The end",
        "naïve Café résumé Æon2 ŒUVRE straße",
        "SDAR’s SDAR's SDAR＇s 's ’s the’s",
        $"before {new string('x', 300)} after the {new string('y', 256)} the",
        $"{new string('z', 400)}",
        "GPT-4o reaches 42.1 accuracy, surpassing 9.0 points; MARS2 S5 LLaDA-V TheBench AndThe",
        "中文 text 日本語 and emoji 🚀 rockets 🚀 and the end the",
        "x",
        "the",
        "  spaced   out\ttabs\u00A0and nbsp the ",
        "https://github.com/owner/repo-name and https://huggingface.co/org/Model-7B the",
    ];

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Replayed_expansions_equal_the_filters_on_tricky_text(string text)
    {
        using var reference = FiltersOnly();
        using var document = new PublicationDocument();
        using var searching = new PublicationAnalyzer(AnalysisMode.Index);

        // Twice: the first pass works the words out, the second replays them all from memory.
        foreach (var field in (string[])[FieldNames.PlainText, FieldNames.Headline, FieldNames.LinkLabels, FieldNames.PlainText])
        {
            Assert.Equal(Stream(reference, field, text), Stream(document.Analyzer, field, text));
            Assert.Equal(Stream(reference, field, text), Stream(searching, field, text));
        }
    }

    [Fact]
    public void Replayed_expansions_equal_the_filters_on_real_and_generated_abstracts()
    {
        var shipped = ListParser.ParseFile(TestFiles.ShippedList).List!.All;
        var generated = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(400, 17)).WriteToString()), "g.txt").List!.All;
        var texts = shipped.Concat(generated).SelectMany(p => new[] { p.PlainText, p.Headline, p.Abstract }.Concat(p.Links.Select(l => l.Label))).ToList();
        using var reference = FiltersOnly();
        using var document = new PublicationDocument();
        using var searching = new PublicationAnalyzer(AnalysisMode.Index);

        var mismatches = texts.Where(text =>
        {
            var expected = Stream(reference, FieldNames.PlainText, text);
            return !expected.SequenceEqual(Stream(document.Analyzer, FieldNames.PlainText, text))
                || !expected.SequenceEqual(Stream(searching, FieldNames.PlainText, text));
        }).ToList();

        Assert.True(texts.Count > 1_000, $"Only {texts.Count} texts.");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Each_distinct_word_is_worked_out_once_per_thread()
    {
        using var document = new PublicationDocument();
        var expansions = document.Words.Expansions;
        const string Text = "The model distills the model; the Model distills LLMRouterBench.";

        Stream(document.Analyzer, FieldNames.PlainText, Text);
        var learned = expansions.Count;
        Stream(document.Analyzer, FieldNames.Headline, Text);

        // The, model, distills, the (lowercase), Model, LLMRouterBench: as the tokenizer wrote them.
        Assert.Equal(6, learned);
        Assert.Equal(learned, expansions.Count);
    }

    [Fact]
    public void A_searching_threads_table_is_dropped_between_texts_once_past_its_bound()
    {
        var expansions = new TokenExpansions(maxEntries: 3, collectWords: false);
        using var tokenizer = new StandardTokenizer(PublicationAnalyzer.Version, new StringReader("alpha beta gamma delta epsilon"));
        using var filter = new TokenExpansions.Filter(tokenizer, expansions, words: null);

        filter.Reset();
        while (filter.IncrementToken())
        {
        }
        filter.End();
        Assert.Equal(5, expansions.Count);

        // The next text starts from an empty table: five words were more than three.
        filter.Dispose();
        tokenizer.SetReader(new StringReader("zeta"));
        filter.Reset();
        Assert.Equal(0, expansions.Count);
        Assert.True(filter.IncrementToken());
        Assert.Equal(1, expansions.Count);
        expansions.Dispose();
    }

    /// <summary>The tokenizer and the index chain's filters themselves, with no remembering: the definition.</summary>
    private static Analyzer FiltersOnly() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(PublicationAnalyzer.Version, reader);
        return new TokenStreamComponents(source, PublicationAnalyzer.Filters(source, AnalysisMode.Index, tap: null));
    });

    /// <summary>Every token's term, position increment, offsets and type, then the increment and offset after End.</summary>
    private static List<string> Stream(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}/+{position.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset}/{type.Type}");
        }
        stream.End();
        tokens.Add($"end/+{position.PositionIncrement}/{offset.EndOffset}");
        return tokens;
    }
}
