using System.Globalization;
using Publications.Search;
using Xunit.Abstractions;

namespace Publications.Tests.Search;

/// <summary>
/// The relevance table over the shipped list: realistic queries (names, topics, phrases, half-remembered
/// typos) and the paper a reader expects first. Prints the mean reciprocal rank; every row must be rank 1.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly PublicationIndex _index = TestIndexes.RealList();

    /// <summary>Query → the (year, slug) that must come first.</summary>
    private static readonly (string Query, int Year, string Slug)[] s_table =
    [
        // Named systems: the paper named by the query before papers that only mention it.
        ("WIST", 2026, "wist"),
        ("CoGenesis", 2024, "cogenesis"),
        ("SDAR", 2026, "systematic-study-blockwise-discrete-diffusion"),
        ("SDAR-VL", 2026, "sdar-vl"),
        ("LLaDA-V", 2026, "sdar-vl"),
        ("router", 2026, "llmrouterbench"),
        ("LLMRouterBench", 2026, "llmrouterbench"),
        ("MSI", 2024, "msi-agent"),
        ("\"Multi-Scale Insight\"", 2024, "msi-agent"),
        ("mars2", 2026, "mars2"),
        ("Nirvana", 2026, "nirvana"),
        ("ReviewRL", 2025, "reviewrl"),
        ("graph counselor", 2025, "graph-counselor"),
        ("IFT", 2025, "ift"),
        ("virtual scientists", 2025, "virsci"),
        ("PaD", 2024, "pad"),
        ("positional heads", 2024, "positional-heads"),
        ("SMR", 2024, "smr"),
        ("CRaSh", 2023, "crash"),
        ("GraphRAG", 2025, "graph-counselor"),
        // Topics and phrases.
        ("offsite tuning", 2023, "crash"),
        ("distillation", 2024, "pad"),
        ("hallucination", 2024, "large-language-models-successful-answering"),
        ("inductive reasoning survey", 2026, "first-comprehensive-survey-inductive-reasoning"),
        ("state space models", 2024, "smr"),
        ("Mamba", 2024, "smr"),
        ("privacy personal devices", 2024, "cogenesis"),
        ("peer review", 2025, "reviewrl"),
        ("rotary position embedding", 2024, "positional-heads"),
        ("LLM routing benchmark", 2026, "llmrouterbench"),
        ("blockwise diffusion", 2026, "systematic-study-blockwise-discrete-diffusion"),
        ("vision-language diffusion", 2026, "sdar-vl"),
        ("\"tree search\" multi-agent", 2026, "mars2"),
        ("self-play", 2026, "wist"),
        ("preference optimization fine-tuning", 2025, "ift"),
        ("critic scientific code generation", 2025, "simple-yet-scalable-two-player-framework"),
        ("embodied agent insight", 2024, "msi-agent"),
        ("specialized memory MRI", 2026, "nirvana"),
        ("diffusion -vision", 2026, "systematic-study-blockwise-discrete-diffusion"),
        ("privacy year:2023", 2023, "crash"),
        ("inductive OR induction", 2026, "first-comprehensive-survey-inductive-reasoning"),
        // Half-remembered spellings, found through the confident "did you mean" correction.
        ("halucination", 2024, "large-language-models-successful-answering"),
        ("distilation", 2024, "pad"),
        ("cogenisis", 2024, "cogenesis"),
        ("positionl heads", 2024, "positional-heads"),
        ("reinforcment learning tree search", 2026, "mars2"),
    ];

    public void Dispose() => _index.Dispose();

    public static TheoryData<string> Queries() => [.. s_table.Select(r => r.Query)];

    [Fact]
    public void Table_has_at_least_25_queries() => Assert.True(s_table.Length >= 25);

    [Fact]
    public void Every_query_puts_its_paper_first_and_mrr_is_one()
    {
        var reciprocalRanks = new List<double>();
        var misses = new List<string>();
        foreach (var (query, year, slug) in s_table)
        {
            var results = _index.Search(new SearchRequest(query, PageSize: 20));
            var slugs = results.Hits.Select(h => (h.Publication.Year, h.Publication.Slug)).ToList();
            var rank = slugs.IndexOf((year, slug)) + 1;
            reciprocalRanks.Add(rank == 0 ? 0 : 1.0 / rank);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rank,3}  {query,-42} → {year}/{slug}   first: {string.Join(", ", slugs.Take(3).Select(s => s.Slug))}"));
            if (rank != 1)
            {
                misses.Add($"{query} (rank {rank})");
            }
        }
        var mrr = reciprocalRanks.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MRR over {s_table.Length} queries: {mrr:F3}"));
        Assert.Empty(misses);
        Assert.Equal(1.0, mrr);
    }
}
