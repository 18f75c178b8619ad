using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Publications.Model;
using Publications.Parsing;
using Publications.Storage;

namespace Publications.Search;

/// <summary>
/// A persisted index in its own folder, named by the caller from the list's content hash and
/// <see cref="PublicationIndex.SchemaVersion"/>. A complete folder is opened as it is; a missing, half-written or
/// damaged one is (re)built aside and switched in with one rename, so a reader never sees a half-built index.
/// Folders are written through <see cref="PositionalReadDirectory"/> and read through it or, when small, a
/// <see cref="LoadedDirectory"/> (see <see cref="ForReading(string)"/>); never through FSDirectory.Open: the
/// <see cref="MMapDirectory"/> it picks on 64-bit Linux is several times slower under parallel load and can crash in
/// beta00017 (lucenenet#1151, #1013), and <see cref="NIOFSDirectory"/> serialises each file's reads behind a lock.
/// </summary>
internal static class IndexFolder
{
    /// <summary>
    /// Indexes up to this size (their Lucene files, not the records) are read into memory when opened
    /// (<see cref="LoadedDirectory"/>): 43 MB at 100,000 papers. Larger ones are read from disk as needed, so a
    /// list of a million papers does not hold its whole index in memory.
    /// </summary>
    public const long MaxLoadedIndexBytes = 256L << 20;

    /// <summary>Written last, after the commit: a folder without it was never finished.</summary>
    public const string CompleteMarker = "publications-index.complete";

    /// <summary>
    /// Opens the index in <paramref name="folder"/>, building it first (with the list's records, see
    /// <see cref="RecordFile"/>) when it is not a complete, sound index of <paramref name="list"/>.
    /// </summary>
    public static (Lucene.Net.Store.Directory Directory, bool Built) OpenOrBuild(
        string folder, PublicationList list, IReadOnlyList<ListError> warnings, Analyzer analyzer)
    {
        if (TryOpen(folder, list.Count) is { } existing)
        {
            return (existing.Directory, false);
        }
        Publish(folder, list, warnings, analyzer);
        return ((TryOpen(folder, list.Count) ?? throw new IOException($"The index just built in {folder} cannot be opened.")).Directory, true);
    }

    /// <summary>
    /// Builds the index and records of <paramref name="list"/> aside and switches them in as <paramref name="folder"/>
    /// with one rename, replacing whatever stood there (the caller found it stale or damaged). Opens nothing.
    /// </summary>
    public static void Publish(string folder, PublicationList list, IReadOnlyList<ListError> warnings, Analyzer analyzer)
    {
        using var build = new FolderBuild(folder, analyzer);
        foreach (var publication in list.All)
        {
            build.Add(publication);
        }
        build.Complete(list.Owner, list.Subtitle, warnings);
        build.Publish(folder);
    }

    /// <summary>
    /// Switches the complete folder <paramref name="aside"/> in as <paramref name="folder"/> with one rename, replacing
    /// whatever stood there.
    /// </summary>
    internal static void Switch(string aside, string folder)
    {
        if (System.IO.Directory.Exists(folder))
        {
            // Damaged or stale: never served, rebuilt.
            System.IO.Directory.Delete(folder, recursive: true);
        }
        try
        {
            System.IO.Directory.Move(aside, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process finished the same index first; theirs is as good as ours.
            System.IO.Directory.Delete(aside, recursive: true);
        }
    }

    /// <summary>
    /// The records and the index saved in a complete, sound <paramref name="folder"/>, without parsing the list;
    /// null when the folder is missing or unfinished. A damaged folder (records or index) is deleted, so the
    /// caller's parse and build replace it. <paramref name="listPath"/> is what the records' warnings name.
    /// </summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="listPath">What the records' warnings name.</param>
    /// <param name="discarded">Why a complete folder was deleted instead of opened (a phrase for a log line); null when it was opened, or missing or unfinished.</param>
    public static (Lucene.Net.Store.Directory Directory, PublicationList List, IReadOnlyList<ListError> Warnings)? TryOpenStored(string folder, string listPath, out string? discarded)
    {
        discarded = null;
        if (!File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return null;
        }
        // The records and the index's checksums are independent reads of different files: one each core.
        var index = Task.Run(() => (Opened: TryOpen(folder, out var problem), Problem: problem));
        var records = RecordFile.TryRead(Path.Combine(folder, RecordFile.FileName), listPath, out var recordsProblem);
        var (directory, indexProblem) = index.GetAwaiter().GetResult();
        if (records is { } found && directory is { } opened && opened.Count == found.List.Count)
        {
            return (opened.Directory, found.List, found.Warnings);
        }
        discarded = recordsProblem ?? indexProblem
            ?? $"its index holds {directory?.Count} documents where its records hold {records?.List.Count}";
        directory?.Directory.Dispose();
        DeleteDamaged(folder);
        return null;
    }

    /// <summary>The directory a complete folder is searched through: in memory when small enough, else positional reads.</summary>
    internal static Lucene.Net.Store.Directory ForReading(string folder) => ForReading(folder, MaxLoadedIndexBytes);

    /// <summary>As <see cref="ForReading(string)"/>, loading indexes up to <paramref name="maxLoadedBytes"/> (tests try both kinds).</summary>
    internal static Lucene.Net.Store.Directory ForReading(string folder, long maxLoadedBytes)
    {
        var indexBytes = new DirectoryInfo(folder).EnumerateFiles()
            .Where(file => file.Name is not (CompleteMarker or RecordFile.FileName))
            .Sum(file => file.Length);
        return indexBytes <= maxLoadedBytes ? new LoadedDirectory(folder) : new PositionalReadDirectory(folder);
    }

    private static void DeleteDamaged(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process is replacing it already: the build that follows sees whatever it left.
        }
    }

    /// <summary>The folder's index when it opens (see the overload) and holds <paramref name="count"/> documents; else null.</summary>
    private static (Lucene.Net.Store.Directory Directory, int Count)? TryOpen(string folder, int count)
    {
        if (TryOpen(folder, out _) is not { } opened)
        {
            return null;
        }
        if (opened.Count == count)
        {
            return opened;
        }
        opened.Directory.Dispose();
        return null;
    }

    /// <summary>
    /// The folder's index and its number of documents when the folder is complete (records included) and the index
    /// passes its checksums; else null, with the <paramref name="problem"/>.
    /// </summary>
    private static (Lucene.Net.Store.Directory Directory, int Count)? TryOpen(string folder, out string? problem)
    {
        if (!File.Exists(Path.Combine(folder, CompleteMarker)) || !File.Exists(Path.Combine(folder, RecordFile.FileName)))
        {
            problem = "its records file is missing";
            return null;
        }
        var directory = ForReading(folder);
        try
        {
            using var reader = DirectoryReader.Open(directory);
            // Reads every file once and verifies its footer checksum: a truncated or altered file shows here.
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            problem = null;
            return (directory, reader.NumDocs);
        }
        catch (IOException e)
        {
            // CorruptIndexException, missing files, truncation: all IOExceptions; the caller rebuilds.
            problem = $"its index is damaged: {e.Message}";
        }
        directory.Dispose();
        return null;
    }
}
