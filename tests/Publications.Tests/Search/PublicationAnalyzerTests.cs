using Publications.Search;

namespace Publications.Tests.Search;

public sealed class PublicationAnalyzerTests
{
    private static List<string> Tokens(AnalysisMode mode, string text, string field = FieldNames.PlainText)
    {
        using var analyzer = new PublicationAnalyzer(mode);
        return Publications.Search.Tokens.Of(analyzer, field, text);
    }

    [Theory]
    [InlineData("SDAR’s")]
    [InlineData("SDAR's")]
    [InlineData("sdar")]
    public void Possessive_with_any_apostrophe_is_the_bare_name(string text) =>
        Assert.Equal(["sdar"], Tokens(AnalysisMode.Query, text));

    [Fact]
    public void Distill_and_distillation_share_a_stem() =>
        Assert.Equal(Tokens(AnalysisMode.Query, "distill"), Tokens(AnalysisMode.Query, "distillation"));

    [Fact]
    public void Diacritics_and_case_are_folded() =>
        Assert.Equal(["naiv", "cafe"], Tokens(AnalysisMode.Query, "Naïve CAFÉ"));

    [Fact]
    public void Stop_words_are_dropped() =>
        Assert.Equal(["tree", "search"], Tokens(AnalysisMode.Query, "the tree of search"));

    [Fact]
    public void Hyphenated_name_becomes_two_tokens() =>
        Assert.Equal(["sdar", "vl"], Tokens(AnalysisMode.Query, "SDAR-VL"));

    [Fact]
    public void Joined_name_is_indexed_whole_and_in_parts() =>
        Assert.Equal(["llmrouterbench", "llm", "router", "bench"], Tokens(AnalysisMode.Index, "LLMRouterBench"));

    [Fact]
    public void Camel_case_name_is_split_at_the_capital() =>
        Assert.Equal(["cogenesi", "co", "genesi"], Tokens(AnalysisMode.Index, "CoGenesis"));

    [Fact]
    public void Sentences_glued_at_a_full_stop_are_indexed_word_by_word() =>
        Assert.Equal(["hallucination.we", "hallucination", "we"], Tokens(AnalysisMode.Index, "hallucination.We", FieldNames.Words));

    [Theory]
    [InlineData("GPT3.5", "gpt3.5")]
    [InlineData("e.g", "e.g")]
    public void Numbers_and_abbreviations_keep_their_full_stop(string text, string token) =>
        Assert.Equal([token], Tokens(AnalysisMode.Index, text, FieldNames.Words));

    [Fact]
    public void Query_words_are_not_split() =>
        Assert.Equal(["llmrouterbench"], Tokens(AnalysisMode.Query, "LLMRouterBench"));

    [Fact]
    public void Words_field_keeps_unstemmed_forms_and_stop_words() =>
        Assert.Equal(["the", "distillation"], Tokens(AnalysisMode.Index, "The distillation", FieldNames.Words));

    [Fact]
    public void Highlight_stream_has_stemmed_and_unstemmed_forms() =>
        Assert.Equal(["distillation", "distil"], Tokens(AnalysisMode.Highlight, "distillation"));
}
