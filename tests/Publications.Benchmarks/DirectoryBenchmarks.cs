using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Publications.Search;

namespace Publications.Benchmarks;

/// <summary>
/// The same persisted index read through the app's own directories (loaded into memory, as indexes up to
/// 256 MB are served; positional reads, as larger ones are), NIOFSDirectory and MMapDirectory (what
/// FSDirectory.Open picks on 64-bit Linux): term searches with the top 10 documents' stored
/// keys loaded, run on four threads at once, as a server's parallel requests would.
/// </summary>
[MemoryDiagnoser]
public class DirectoryBenchmarks : IDisposable
{
    private const int Threads = 4;
    private string _folder = "";
    private Lucene.Net.Store.Directory _directory = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private string[] _terms = [];

    [Params("Loaded", "Positional", "NIOFS", "MMap")]
    public string Kind { get; set; } = "";

    [Params(10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"publications-directory-benchmark-{Size}");
        using (new PublicationIndex(BenchmarkLists.Load(Size), _folder))
        {
            // Built once (or reopened): the folder is what both directory kinds read.
        }
        _directory = Kind switch
        {
            "MMap" => new MMapDirectory(_folder),
            "NIOFS" => new NIOFSDirectory(_folder),
            "Loaded" => new LoadedDirectory(_folder),
            _ => new PositionalReadDirectory(_folder),
        };
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        var terms = new List<string>();
        var te = MultiFields.GetTerms(_reader, FieldNames.PlainText).GetEnumerator();
        while (te.MoveNext())
        {
            if (te.DocFreq > 20)
            {
                terms.Add(te.Term.Utf8ToString());
            }
        }
        _terms = [.. terms];
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Every term once, spread over four threads.</summary>
    [Benchmark]
    public long ParallelTermSearches()
    {
        long loaded = 0;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var i = thread; i < _terms.Length; i += Threads)
            {
                foreach (var hit in _searcher.Search(new TermQuery(new Term(FieldNames.PlainText, _terms[i])), 10).ScoreDocs)
                {
                    Interlocked.Add(ref loaded, _searcher.Doc(hit.Doc).Get(FieldNames.Key, System.Globalization.CultureInfo.InvariantCulture)?.Length ?? 0);
                }
            }
        });
        return loaded;
    }
}
