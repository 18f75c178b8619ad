using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// A persisted index in its own folder, named by the caller from the list's content hash and
/// <see cref="PublicationIndex.SchemaVersion"/>. A complete folder is opened as it is; a missing, half-written or
/// damaged one is (re)built aside and switched in with one rename, so a reader never sees a half-built index.
/// Folders are opened as <see cref="NIOFSDirectory"/>: the <see cref="MMapDirectory"/> that FSDirectory.Open picks on
/// 64-bit Linux is several times slower under parallel load and can crash in beta00017 (lucenenet#1151, #1013).
/// </summary>
internal static class IndexFolder
{
    /// <summary>Written last, after the commit: a folder without it was never finished.</summary>
    public const string CompleteMarker = "publications-index.complete";

    /// <summary>Opens the index in <paramref name="folder"/>, building it first when it is not a complete, sound index of <paramref name="list"/>.</summary>
    public static (Lucene.Net.Store.Directory Directory, bool Built) OpenOrBuild(string folder, PublicationList list, Analyzer analyzer)
    {
        if (TryOpen(folder, list.Count) is { } existing)
        {
            return (existing, false);
        }
        if (System.IO.Directory.Exists(folder))
        {
            // Damaged or stale: never served, rebuilt.
            System.IO.Directory.Delete(folder, recursive: true);
        }
        var aside = $"{folder}.building-{Guid.NewGuid():N}";
        Build(aside, list, analyzer);
        try
        {
            System.IO.Directory.Move(aside, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process finished the same index first; theirs is as good as ours.
            System.IO.Directory.Delete(aside, recursive: true);
        }
        return (TryOpen(folder, list.Count) ?? throw new IOException($"The index just built in {folder} cannot be opened."), true);
    }

    private static void Build(string folder, PublicationList list, Analyzer analyzer)
    {
        using (var directory = new NIOFSDirectory(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PublicationAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            writer.AddDocuments(list.All.Select(PublicationDocument.Create));
            // Once, after the bulk add (lucenenet#933).
            writer.Commit();
        }
        File.WriteAllText(Path.Combine(folder, CompleteMarker), list.Count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The folder's index when it is complete, holds <paramref name="count"/> documents and passes its checksums; else null.</summary>
    private static NIOFSDirectory? TryOpen(string folder, int count)
    {
        if (!File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return null;
        }
        var directory = new NIOFSDirectory(folder);
        try
        {
            using var reader = DirectoryReader.Open(directory);
            if (reader.NumDocs == count)
            {
                // Reads every file once and verifies its footer checksum: a truncated or altered file shows here.
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
                return directory;
            }
        }
        catch (IOException)
        {
            // CorruptIndexException, missing files, truncation: all IOExceptions; the caller rebuilds.
        }
        directory.Dispose();
        return null;
    }
}
