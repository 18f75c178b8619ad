using BenchmarkDotNet.Attributes;
using Publications.Model;
using Publications.Search;

namespace Publications.Benchmarks;

/// <summary>Building the in-memory Lucene index of a parsed list (what start-up does after parsing).</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private PublicationList _list = null!;

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkLists.Sizes();

    [GlobalSetup]
    public void Setup() => _list = BenchmarkLists.Load(Size);

    [Benchmark]
    public int BuildIndex()
    {
        using var index = new PublicationIndex(_list);
        return index.Count;
    }
}
