using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// How the index is written: one configuration, and a bulk add for the in-memory index (<see cref="AddAll"/>) and for
/// a folder (<see cref="WriteParts"/>), both from one thread per core.
/// </summary>
internal static class IndexWriting
{
    /// <summary>
    /// Lucene flushes a segment when its buffered documents reach this size. The default (16 MB) flushes a
    /// 100,000-paper list dozens of times and then merges the pieces; 256 MB flushes a handful of times. A folder's
    /// parts share it (<see cref="WriteParts"/>), so the buffered total stays the same: at 100,000 papers each of
    /// two parts still flushes once, at its commit.
    /// </summary>
    private const double RamBufferMegabytes = 256;

    /// <summary>Papers handed to one thread at a time: large enough to keep the threads' overhead small.</summary>
    private const int BatchSize = 256;

    /// <summary>
    /// A writer configuration that creates a new index with <paramref name="analyzer"/>. Segments are kept as their
    /// separate files: packing each flushed segment into one compound file copies the whole index once more
    /// (43 MB at 100,000 papers), which only saves file handles, and the index is read into memory or through
    /// positional reads anyway (see <see cref="IndexFolder"/>).
    /// </summary>
    public static IndexWriterConfig Config(Analyzer analyzer) => Config(analyzer, RamBufferMegabytes);

    private static IndexWriterConfig Config(Analyzer analyzer, double ramBufferMegabytes) =>
        new(PublicationAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = ramBufferMegabytes,
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };

    /// <summary>
    /// Adds every publication of <paramref name="list"/>; the caller commits once (committing per document is slow,
    /// lucenenet#933). Analysis is most of the cost, so the
    /// documents are added from one thread per core: <see cref="IndexWriter.AddDocument(IEnumerable{IIndexableField})"/>
    /// is thread-safe and each thread fills its own segment
    /// with its own reused <see cref="PublicationDocument"/>. Document numbers then follow no particular order;
    /// nothing relies on them (every sort ends with year and ordinal).
    /// </summary>
    public static void AddAll(IndexWriter writer, PublicationList list)
    {
        var all = list.All;
        var batches = (all.Count + BatchSize - 1) / BatchSize;
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new PublicationDocument(),
            (batch, _, documents) =>
            {
                AddBatch(writer, documents, all, batch);
                return documents;
            },
            documents => documents.Dispose());
    }

    /// <summary>
    /// Writes every publication of <paramref name="list"/> as <paramref name="parts"/> committed indexes, one per
    /// folder of <paramref name="partFolder"/>(0, 1, …), each written and committed by its own thread. One writer
    /// shared by all threads (<see cref="AddAll"/>) flushes every thread's segment at the commit, one after the
    /// other on the committing thread: at 100,000 papers the other core sat idle for a second and more of it. Here
    /// each part flushes its own, all at once; <see cref="IndexWriter.AddIndexes(Lucene.Net.Store.Directory[])"/>
    /// then copies the parts' segments into one index as they are. Threads take batches from one counter, so the
    /// parts finish together however the threads are scheduled; a part may be empty.
    /// </summary>
    public static void WriteParts(PublicationList list, int parts, Func<int, Lucene.Net.Store.Directory> partFolder, Analyzer analyzer)
    {
        var all = list.All;
        var batches = (all.Count + BatchSize - 1) / BatchSize;
        var next = -1;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, (part, loop) =>
        {
            using var directory = partFolder(part);
            using var writer = new IndexWriter(directory, Config(analyzer, RamBufferMegabytes / parts));
            using var documents = new PublicationDocument();
            int batch;
            while (!loop.ShouldExitCurrentIteration && (batch = Interlocked.Increment(ref next)) < batches)
            {
                AddBatch(writer, documents, all, batch);
            }
            writer.Commit();
        });
    }

    private static void AddBatch(IndexWriter writer, PublicationDocument documents, IReadOnlyList<Publication> all, int batch)
    {
        var end = Math.Min(all.Count, (batch + 1) * BatchSize);
        for (var i = batch * BatchSize; i < end; i++)
        {
            writer.AddDocument(documents.For(all[i]), documents.Analyzer);
        }
    }
}
