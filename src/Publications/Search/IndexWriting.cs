using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Publications.Model;

namespace Publications.Search;

/// <summary>How the index is written, in memory or in a folder: one configuration and one bulk add for both.</summary>
internal static class IndexWriting
{
    /// <summary>
    /// Lucene flushes a segment when its buffered documents reach this size. The default (16 MB) flushes a
    /// 100,000-paper list dozens of times and then merges the pieces; 256 MB flushes a handful of times.
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
    public static IndexWriterConfig Config(Analyzer analyzer) =>
        new(PublicationAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = RamBufferMegabytes,
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
                var end = Math.Min(all.Count, (batch + 1) * BatchSize);
                for (var i = batch * BatchSize; i < end; i++)
                {
                    writer.AddDocument(documents.For(all[i]), documents.Analyzer);
                }
                return documents;
            },
            documents => documents.Dispose());
    }
}
