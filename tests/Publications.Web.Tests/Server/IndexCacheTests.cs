using Publications.Parsing;
using Publications.Search;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>How index folders are named after a list's content, and which ones pruning keeps.</summary>
public sealed class IndexCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publications-index-cache-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Same_content_anywhere_shares_a_folder_and_one_changed_byte_gets_another()
    {
        var shipped = File.ReadAllBytes(PublicationsFactory.ShippedListPath);
        var changed = (byte[])shipped.Clone();
        changed[^2] ^= 1;
        var indexPath = Path.Combine(_root, "index");

        var original = IndexCache.FolderFor(indexPath, ListParser.ContentHashOf(PublicationsFactory.ShippedListPath));
        var copy = IndexCache.FolderFor(indexPath, ListParser.ContentHashOf(Write("copy.txt", shipped)));
        var edited = IndexCache.FolderFor(indexPath, ListParser.ContentHashOf(Write("edited.txt", changed)));

        Assert.NotNull(original);
        Assert.Equal(original, copy);
        Assert.NotEqual(original, edited);
        Assert.Equal(Path.GetFullPath(indexPath), Path.GetDirectoryName(original));
        // The schema is part of the name, so an app that indexes differently never opens an older app's folder.
        Assert.EndsWith($"-s{PublicationIndex.SchemaVersion}", original, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("ab")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void The_whole_hash_names_the_folder_whatever_its_length(string hash)
    {
        var folder = IndexCache.FolderFor(_root, hash);

        Assert.Equal(Path.Combine(_root, $"{hash}-s{PublicationIndex.SchemaVersion}"), folder);
    }

    [Theory]
    [InlineData("", "0123456789abcdef")]
    [InlineData("  ", "0123456789abcdef")]
    [InlineData("/tmp/index", null)]
    public void No_index_path_or_no_hash_means_no_folder(string indexPath, string? hash) =>
        Assert.Null(IndexCache.FolderFor(indexPath, hash));

    [Fact]
    public void Pruning_keeps_the_folder_in_use_and_the_four_newest_and_drops_builds_left_by_a_crash()
    {
        var now = DateTime.UtcNow;
        string Folder(string name, TimeSpan age)
        {
            var path = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
            Directory.SetLastWriteTimeUtc(path, now - age);
            return path;
        }
        var inUse = Folder("in-use-s4", TimeSpan.FromDays(30));
        string[] newest = [.. Enumerable.Range(1, 4).Select(i => Folder($"recent{i}-s4", TimeSpan.FromMinutes(i)))];
        string[] older = [Folder("older1-s4", TimeSpan.FromDays(1)), Folder("older2-s4", TimeSpan.FromDays(2))];
        var crashed = Folder("x-s4.building-1", TimeSpan.FromHours(2));
        var building = Folder("y-s4.building-2", TimeSpan.FromMinutes(5));

        IndexCache.Prune(_root, inUse);

        var left = Directory.GetDirectories(_root).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([.. newest.Append(inUse).Append(building).Order(StringComparer.Ordinal)], left);
        Assert.All(older.Append(crashed), folder => Assert.False(Directory.Exists(folder)));
    }
}
