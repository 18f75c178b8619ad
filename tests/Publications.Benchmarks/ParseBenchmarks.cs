using BenchmarkDotNet.Attributes;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Benchmarks;

/// <summary>Reading a list file into a <see cref="PublicationList"/>: UTF-8 decoding plus every derived field (headline, slug, HTML, links).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _path = "";

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkLists.Sizes();

    [GlobalSetup]
    public void Setup() => _path = BenchmarkLists.PathFor(Size);

    [Benchmark]
    public PublicationList ParseFile() =>
        ListParser.ParseFile(_path).List ?? throw new InvalidOperationException("the benchmark list has errors");
}
