using BenchmarkDotNet.Attributes;
using Publications.Search;

namespace Publications.Benchmarks;

/// <summary>One search page as /search asks for it: top 10 by relevance, with highlighted snippets and per-year counts.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the class (true of every benchmark class here).</remarks>
[MemoryDiagnoser]
public class SearchBenchmarks : IDisposable
{
    private PublicationIndex _index = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>Typical queries: multi-word (all words must match), a very common pair, and a phrase.</summary>
    [Params("diffusion language models", "reinforcement learning", "graph reasoning agents", "\"large language models\"")]
    public string Query { get; set; } = "";

    public static IEnumerable<int> Sizes() => BenchmarkLists.Sizes();

    [GlobalSetup]
    public void Setup() => _index = new PublicationIndex(BenchmarkLists.Load(Size));

    [GlobalCleanup]
    public void Dispose()
    {
        _index?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new query: the index's answer cache is bypassed, so this is the real work of a search.</summary>
    [Benchmark(Baseline = true)]
    public SearchResults Search() => _index.SearchUncached(new SearchRequest(Query));

    /// <summary>A query asked before: answered from the index's cache.</summary>
    [Benchmark]
    public SearchResults RepeatedSearch() => _index.Search(new SearchRequest(Query));
}
