using System.Buffers.Binary;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>
/// What the server says when it loads a list with an index folder (<see cref="ListLoader"/>): a restart that has to
/// build again takes as long as a first start, so the log says why.
/// </summary>
public sealed class ListLoaderTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("publications-list-loader-");

    private string ListPath => Path.Combine(_temp.FullName, "list.txt");

    private string IndexPath => Path.Combine(_temp.FullName, "index");

    public ListLoaderTests()
    {
        File.Copy(PublicationsFactory.ShippedListPath, ListPath);
    }

    private CatalogSnapshot Load(RecordingLogger logger) => ListLoader.Load(ListPath, IndexPath, indexer: null, logger);

    [Fact]
    public void First_start_and_restart_on_a_sound_folder_warn_of_nothing()
    {
        var first = new RecordingLogger();
        Load(first).Release();
        var restart = new RecordingLogger();
        Load(restart).Release();

        Assert.DoesNotContain(first.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.DoesNotContain(restart.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains(restart.Lines, line => line.StartsWith("Information: Loaded 19 publications", StringComparison.Ordinal) && line.Contains("unchanged, so its records and index were read back", StringComparison.Ordinal));
    }

    [Fact]
    public void Restart_on_records_an_older_version_wrote_says_so_and_builds_the_folder_again()
    {
        Load(new RecordingLogger()).Release();
        var folder = Assert.Single(Directory.GetDirectories(IndexPath));
        var records = Assert.Single(Directory.GetFiles(folder, "*.records"));
        // As an older version of the app leaves its folder: the same layout under the previous format number.
        var bytes = File.ReadAllBytes(records);
        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), version - 1);
        File.WriteAllBytes(records, bytes);
        var logger = new RecordingLogger();

        var snapshot = Load(logger);

        Assert.Equal(19, snapshot.List.Count);
        snapshot.Release();
        Assert.Contains(
            $"Warning: The index folder {folder} could not be used and is built again: the records file is of format {version - 1}, and this version of the app reads format {version}",
            logger.Lines);
        Assert.Contains(logger.Lines, line => line.StartsWith("Information: Loaded 19 publications", StringComparison.Ordinal) && line.Contains("while building the index", StringComparison.Ordinal));
        // Built again in this version's format: the next restart reads it back without a word.
        Assert.Equal(version, BinaryPrimitives.ReadInt32LittleEndian(File.ReadAllBytes(records).AsSpan(4)));
        var restart = new RecordingLogger();
        Load(restart).Release();
        Assert.DoesNotContain(restart.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Delete(recursive: true);
}
