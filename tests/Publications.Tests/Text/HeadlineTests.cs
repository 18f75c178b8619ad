using Publications.Text;

namespace Publications.Tests.Text;

public sealed class HeadlineTests
{
    /// <summary>Every paper of the shipped list: year, position in the year, headline, slug base.</summary>
    public static TheoryData<int, int, string, string> ShippedList => new()
    {
        { 2026, 1, "MARS2: Multi-Agent Reinforced Tree-Search Scaling", "mars2" },
        { 2026, 2, "The first comprehensive survey of inductive reasoning for LLMs", "first-comprehensive-survey-inductive-reasoning" },
        { 2026, 3, "A systematic study of blockwise discrete diffusion", "systematic-study-blockwise-discrete-diffusion" },
        { 2026, 4, "WIST: Web-grounded Iterative Self-play Tree", "wist" },
        { 2026, 5, "Nirvana", "nirvana" },
        { 2026, 6, "LLMRouterBench", "llmrouterbench" },
        { 2026, 7, "SDAR-VL", "sdar-vl" },
        { 2025, 1, "ReviewRL", "reviewrl" },
        { 2025, 2, "Graph Counselor", "graph-counselor" },
        { 2025, 3, "IFT: Intuitive Fine-Tuning", "ift" },
        { 2025, 4, "VIRSCI: Virtual Scientists", "virsci" },
        { 2025, 5, "A simple yet scalable two-player framework based on iterative critic-in-the-loop…", "simple-yet-scalable-two-player-framework" },
        { 2024, 1, "PaD: Program-aided Distillation", "pad" },
        { 2024, 2, "Positional Heads", "positional-heads" },
        { 2024, 3, "Large language models are successful in answering factoid questions but are also prone…", "large-language-models-successful-answering" },
        { 2024, 4, "MSI-Agent: Multi-Scale Insight Agent", "msi-agent" },
        { 2024, 5, "SMR: State Memory Replay", "smr" },
        { 2024, 6, "CoGenesis", "cogenesis" },
        { 2023, 1, "CRaSh: Clustering, Removing, and Sharing", "crash" },
    };

    [Theory]
    [MemberData(nameof(ShippedList))]
    public void Shipped_paper_gets_the_expected_headline_and_slug(int year, int ordinal, string headline, string slug)
    {
        var derived = TextDeriver.Derive(SeedAbstracts.Get(year, ordinal));

        Assert.Equal(headline, derived.Headline);
        Assert.Equal(slug, derived.SlugBase);
    }

    [Fact]
    public void Table_covers_every_paper_of_the_shipped_list()
    {
        var covered = ShippedList.Select(row => ((int)row[0], (int)row[1])).ToHashSet();

        Assert.Equal(19, SeedAbstracts.All.Count);
        Assert.All(SeedAbstracts.All, a => Assert.Contains((a.Year, a.Ordinal), covered));
    }

    [Fact]
    public void Every_shipped_headline_is_plain_short_and_not_empty()
    {
        Assert.All(SeedAbstracts.All, a =>
        {
            var headline = TextDeriver.Derive(a.Text).Headline;
            Assert.InRange(headline.Length, 1, 90);
            Assert.DoesNotContain("*", headline, StringComparison.Ordinal);
            Assert.DoesNotContain("http", headline, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Named_thing_the_paper_only_studies_is_not_its_contribution()
    {
        var headline = TextDeriver.Derive(SeedAbstracts.Containing("Offsite-Tuning (OFT)")).Headline;

        Assert.StartsWith("CRaSh", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("OFT", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We introduce **Intuitive Fine-Tuning (IFT)** to integrate two things.", "IFT: Intuitive Fine-Tuning")]
    [InlineData("In this paper, we introduce **M**ulti-**S**cale **I**nsight Agent (MSI-Agent), an agent.", "MSI-Agent: Multi-Scale Insight Agent")]
    [InlineData("We propose FooNet (Fast Object Orientation Network), a model.", "FooNet: Fast Object Orientation Network")]
    [InlineData("We propose a method, i.e., Deep Sparse Routing (DSR), for retrieval.", "DSR: Deep Sparse Routing")]
    [InlineData("We present Zephyr, a small model for chat.", "Zephyr")]
    [InlineData("Attention heads, which we name Echo Heads, carry position.", "Echo Heads")]
    public void Named_contribution_is_written_acronym_colon_expansion(string text, string expected) =>
        Assert.Equal(expected, TextDeriver.Derive(text).Headline);

    [Fact]
    public void Without_a_name_the_object_of_we_present_is_the_headline()
    {
        var derived = TextDeriver.Derive("Diffusion is slow. We present a careful benchmark of samplers, with code.");

        Assert.Equal("A careful benchmark of samplers", derived.Headline);
        Assert.Equal("careful-benchmark-samplers", derived.SlugBase);
    }

    [Fact]
    public void Adjective_after_we_propose_is_not_taken_for_a_name()
    {
        var derived = TextDeriver.Derive("Context matters. We propose Mamba-based models for long inputs.");

        Assert.Equal("Mamba-based models for long inputs", derived.Headline);
    }

    [Fact]
    public void Without_an_introduction_the_first_sentence_is_the_headline_even_when_glued()
    {
        var derived = TextDeriver.Derive("Models are prone to hallucination.We investigate why.");

        Assert.Equal("Models are prone to hallucination", derived.Headline);
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_the_first_sentence()
    {
        var derived = TextDeriver.Derive("Speedups of 2.3× on GPUs (e.g. H200) are shown. More follows.");

        Assert.Equal("Speedups of 2.3× on GPUs (e.g. H200) are shown", derived.Headline);
    }

    [Fact]
    public void Long_headline_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("wordy", 40)) + ".";

        var headline = TextDeriver.Derive(text).Headline;

        Assert.True(headline.Length <= 90, headline);
        Assert.EndsWith("wordy…", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_spaces_is_cut_hard_and_never_empty()
    {
        var headline = TextDeriver.Derive(new string('研', 300)).Headline;

        Assert.Equal(new string('研', 89) + "…", headline);
    }

    [Fact]
    public void Markdown_never_reaches_the_headline()
    {
        var headline = TextDeriver.Derive("We present *Lumen*, a **bright** idea.").Headline;

        Assert.Equal("Lumen", headline);
    }

    [Fact]
    public void Many_introductions_with_endless_parentheses_still_give_a_short_headline()
    {
        var text = string.Concat(Enumerable.Repeat("we propose (", 20_000));

        var headline = TextDeriver.Derive(text).Headline;

        Assert.InRange(headline.Length, 1, 90);
        Assert.EndsWith("…", headline, StringComparison.Ordinal);
    }
}
