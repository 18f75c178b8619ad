using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Publications.Model;
using Publications.Parsing;
using Publications.Storage;

namespace Publications.Search;

/// <summary>
/// One persisted index folder being built aside (see <see cref="IndexFolder"/>) from publications added one at a
/// time, as the parser makes them: their texts go to the records file (<see cref="RecordWriter"/>) and their
/// documents to one index part per core (<see cref="PartWriters"/>) at once, so neither the list's texts nor its
/// derived text are ever all in memory. <see cref="Complete"/> copies the parts into the folder's index while the
/// records are finished on the other core, then marks the folder complete; <see cref="Publish"/> switches it in.
/// Disposing an unpublished build deletes its folder. One thread adds.
/// </summary>
internal sealed class FolderBuild : IDisposable
{
    private readonly string _aside;
    private readonly string[] _partFolders;
    private readonly Lucene.Net.Store.Directory[] _parts;
    private readonly PartWriters _partWriters;
    private readonly RecordWriter _records;
    private readonly Analyzer _analyzer;
    private bool _partsClosed;
    private bool _complete;
    private bool _published;

    /// <summary>Starts a build beside <paramref name="folder"/> (in a folder of its own, named after it).</summary>
    public FolderBuild(string folder, Analyzer analyzer)
    {
        _aside = $"{folder}.building-{Guid.NewGuid():N}";
        _analyzer = analyzer;
        System.IO.Directory.CreateDirectory(_aside);
        _partFolders = [.. Enumerable.Range(0, Environment.ProcessorCount).Select(part => Path.Combine(_aside, $"part-{part}"))];
        _parts = [.. _partFolders.Select(part => (Lucene.Net.Store.Directory)new PositionalReadDirectory(part))];
        try
        {
            _records = new RecordWriter(Path.Combine(_aside, RecordFile.FileName));
            _partWriters = new PartWriters(_parts, analyzer);
        }
        catch
        {
            _records?.Dispose();
            IOUtils.Dispose(_parts);
            System.IO.Directory.Delete(_aside, recursive: true);
            throw;
        }
    }

    /// <summary>Adds the next publication: within a year in ordinal order (years may interleave).</summary>
    public void Add(Publication publication)
    {
        _records.Add(publication);
        _partWriters.Add(publication);
    }

    /// <summary>
    /// Commits the parts, copies their segments into the folder's index (a few tens of megabytes at 100,000 papers)
    /// while the records file is finished on the other core, and marks the folder complete.
    /// </summary>
    public void Complete(string owner, string? subtitle, IReadOnlyList<ListError> warnings)
    {
        _partWriters.Complete();
        var records = Task.Run(() => _records.Complete(owner, subtitle, warnings));
        var index = Task.Run(() =>
        {
            using var directory = new PositionalReadDirectory(_aside);
            using var writer = new IndexWriter(directory, IndexWriting.Config(_analyzer));
            writer.AddIndexes(_parts);
            writer.Commit();
        });
        Task.WhenAll(index, records).GetAwaiter().GetResult();
        _partsClosed = true;
        // Every part is disposed even if one fails to; the first failure is rethrown.
        IOUtils.Dispose(_parts);
        foreach (var part in _partFolders)
        {
            System.IO.Directory.Delete(part, recursive: true);
        }
        File.WriteAllText(Path.Combine(_aside, IndexFolder.CompleteMarker), _records.Count.ToString(CultureInfo.InvariantCulture));
        _complete = true;
    }

    /// <summary>Switches the complete build in as <paramref name="folder"/>, replacing whatever stood there.</summary>
    public void Publish(string folder)
    {
        if (!_complete)
        {
            throw new InvalidOperationException("Only a complete build can be published.");
        }
        IndexFolder.Switch(_aside, folder);
        _published = true;
    }

    public void Dispose()
    {
        _partWriters.Dispose();
        _records.Dispose();
        if (!_partsClosed)
        {
            IOUtils.Dispose(_parts);
        }
        if (!_published && System.IO.Directory.Exists(_aside))
        {
            System.IO.Directory.Delete(_aside, recursive: true);
        }
    }
}
