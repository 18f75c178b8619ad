using BenchmarkDotNet.Attributes;
using Publications.Search;

namespace Publications.Benchmarks;

/// <summary>
/// A search page (top 10 by relevance, snippets, per-year counts) for each of 200 different 2–3-word queries drawn
/// from the same 80 words as <c>load.sh</c>'s "new queries", without the answer cache, on the index as the app
/// serves it: persisted in a folder and opened with its records (<see cref="PublicationIndex.OpenStored(string, string)"/>).
/// Reported per query.
/// </summary>
[MemoryDiagnoser]
public class NewQueriesBenchmarks : IDisposable
{
    private const int Queries = 200;

    /// <summary>The 80 words <c>load.sh</c> draws its new queries from, from the same file.</summary>
    private static readonly string[] s_words = File.ReadAllLines(BenchmarkLists.FileAbove(Path.Combine("tests", "Publications.Benchmarks", "new-query-words.txt")));

    private PublicationIndex _index = null!;
    private string[] _queries = [];

    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    public static IEnumerable<int> Sizes() => BenchmarkLists.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"publications-new-queries-benchmark-{Size}-s{PublicationIndex.SchemaVersion}");
        using (new PublicationIndex(BenchmarkLists.Load(Size), folder))
        {
            // Built once (or found complete): the benchmark reads it back as a restart does.
        }
        _index = (PublicationIndex.OpenStored(folder, BenchmarkLists.PathFor(Size))
            ?? throw new InvalidOperationException($"The index in {folder} could not be opened.")).Index;
        var random = new Random(7);
        _queries = [.. Enumerable.Range(0, Queries)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => s_words[random.Next(s_words.Length)])))];
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _index?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int NewQuery()
    {
        var total = 0;
        foreach (var query in _queries)
        {
            total += _index.SearchUncached(new SearchRequest(query)).Total;
        }
        return total;
    }
}
