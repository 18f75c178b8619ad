using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// How the index is written, in memory or in a folder: one configuration, and one bulk add (<see cref="WriteParts"/>:
/// a part per core, then copied together) for both.
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
    /// Adds every publication of <paramref name="list"/> to <paramref name="writer"/>, written first as one part per
    /// core in memory (<see cref="WriteParts"/>) and then copied in; the caller commits.
    /// </summary>
    public static void AddAll(IndexWriter writer, PublicationList list)
    {
        var parts = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => (Lucene.Net.Store.Directory)new RAMDirectory()).ToArray();
        try
        {
            WriteParts(list, parts, writer.Analyzer);
            writer.AddIndexes(parts);
        }
        finally
        {
            IOUtils.Dispose(parts);
        }
    }

    /// <summary>
    /// Writes every publication of <paramref name="list"/> as one committed index in each of <paramref name="parts"/>
    /// (the caller's, still open afterwards), each written and committed by its own thread with its own reused
    /// <see cref="PublicationDocument"/>; the caller copies them into one index with
    /// <see cref="IndexWriter.AddIndexes(Lucene.Net.Store.Directory[])"/>, which takes their segments as they are.
    /// Analysis is most of the cost, hence a thread per part. One writer shared by all threads instead flushed
    /// every thread's segment at the commit, one after the other on the committing thread: at 100,000 papers the
    /// other core sat idle for a second and more. Here each part flushes its own, all at once. Threads take
    /// batches from one counter, so the parts finish together however the threads are scheduled; a part may be
    /// empty. Document numbers follow no particular order; nothing relies on them (every sort ends with year and
    /// ordinal). Committing per document would be slow (lucenenet#933): each part commits once.
    /// </summary>
    public static void WriteParts(PublicationList list, IReadOnlyList<Lucene.Net.Store.Directory> parts, Analyzer analyzer)
    {
        var all = list.All;
        var batches = (all.Count + BatchSize - 1) / BatchSize;
        var next = -1;
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parts.Count }, (part, loop) =>
        {
            using var writer = new IndexWriter(parts[part], Config(analyzer, RamBufferMegabytes / parts.Count));
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
