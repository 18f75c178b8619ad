using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// The named systems of a text are found by jumping from capital to capital; they must be exactly what testing every
/// whitespace-separated word finds (the definition, kept here as the reference).
/// </summary>
public sealed class SystemNamesTests
{
    public static TheoryData<string> Tricky() =>
    [
        "",
        "SDAR",
        "We extend SDAR to SDAR-VL and LLaDA-V; MARS2 (S5) beats “WIST” and SDAR’s rivals.",
        "Éclair ÉCLAIR2 naïve ÆON ŒUVRE-XL straße ΣΑΡ ΣαΡ Ωmega",
        "  leading\tand\u00A0nbsp\u2003em-space CoT\u2028LLMs  ",
        "café’s ’SDAR’ x’Y a’BC ’’ ’",
        "GPT-4o, Qwen2.5-VL-7B, and MoE-LLaVA: (DeepSeek-R1) [Llama-3] {T5} Phi-3.5!",
        "end with capital A",
        "lowercase words only, with no names at all",
        "A B C D E F 2A 3B",
    ];

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Names_of_tricky_text_are_those_every_word_gives(string text) =>
        Assert.Equal(Reference(text), PublicationNames.SystemNames(text));

    [Fact]
    public void Names_of_real_and_generated_abstracts_are_those_every_word_gives()
    {
        var shipped = ListParser.ParseFile(TestFiles.ShippedList).List!.All;
        var generated = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(500, 23)).WriteToString()), "g.txt").List!.All;
        var texts = shipped.Concat(generated).SelectMany(p => new[] { p.PlainText, p.Abstract }).ToList();

        Assert.All(texts, text => Assert.Equal(Reference(text), PublicationNames.SystemNames(text)));
        Assert.Contains(texts, text => PublicationNames.SystemNames(text).Count > 2);
    }

    [Theory]
    [InlineData("SDAR", "sdar")]
    [InlineData("  (SDAR’s), ", "sdar")]
    [InlineData("SDAR's", "sdar")]
    [InlineData("SDAR＇S", "sdar")]
    [InlineData("LLMs", "llm")]
    [InlineData("Ms", "ms")]
    [InlineData("GPT-4o", "gpt-4o")]
    [InlineData("“MoE-LLaVA”", "moe-llava")]
    [InlineData("ÉCLAIR2", "eclair2")]
    [InlineData("Naïve-RAG", "naive-rag")]
    [InlineData("ŒUVRE-XL", "œuvre-xl")]
    [InlineData("ΣΑΡ", "σαρ")]
    [InlineData("Graph Counselor", "graph counselor")]
    [InlineData("", "")]
    public void A_key_drops_edges_possessives_and_a_plural_s_and_folds_case_and_diacritics(string name, string key) =>
        Assert.Equal(key, PublicationNames.Key(name));

    /// <summary>Every whitespace-separated word tested in turn, as the names were first defined.</summary>
    private static List<string> Reference(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(MayBeName)
            .Select(w => w.Trim("()[]{}.,;:!?\"“”‘’'«»*".ToCharArray()))
            .Where(w => w.Split('-').Any(part => part.Length > 1
                && (part.Skip(1).Any(char.IsUpper) || (part.Any(char.IsUpper) && part.Any(char.IsDigit)))))
            .Select(PublicationNames.Key)
            .Where(k => k.Length > 1)
            .Distinct(StringComparer.Ordinal)];

    private static bool MayBeName(string word) =>
        word.Skip(1).Any(char.IsUpper) || (word.Any(char.IsUpper) && word.Any(char.IsDigit));
}
