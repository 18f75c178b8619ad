using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// How the index is written, in memory or in a folder: one configuration, and one bulk add (<see cref="PartWriters"/>:
/// a part per core, then copied together) for both.
/// </summary>
internal static class IndexWriting
{
    /// <summary>
    /// Lucene flushes a segment when its buffered documents reach this size. The default (16 MB) flushes a
    /// 100,000-paper list dozens of times and then merges the pieces; 256 MB flushes a handful of times. The parts
    /// written at once share it (<see cref="PartConfig"/>), so the buffered total stays the same: at 100,000 papers
    /// each of two parts still flushes once, at its commit.
    /// </summary>
    private const double RamBufferMegabytes = 256;

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
    /// core in memory (<see cref="PartWriters"/>) and then copied in; the caller commits.
    /// </summary>
    public static void AddAll(IndexWriter writer, PublicationList list)
    {
        var parts = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => (Lucene.Net.Store.Directory)new RAMDirectory()).ToArray();
        try
        {
            using (var partWriters = new PartWriters(parts, writer.Analyzer))
            {
                foreach (var publication in list.All)
                {
                    partWriters.Add(publication);
                }
                partWriters.Complete();
            }
            writer.AddIndexes(parts);
        }
        finally
        {
            IOUtils.Dispose(parts);
        }
    }

    /// <summary>The configuration of one of <paramref name="parts"/> parts written at once: they share the buffer.</summary>
    internal static IndexWriterConfig PartConfig(Analyzer analyzer, int parts) => Config(analyzer, RamBufferMegabytes / parts);
}
