using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

public sealed class PersistedIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-index-tests-{Guid.NewGuid():N}");

    private string Folder => Path.Combine(_root, "abc-s1");

    private static PublicationList List(params string[] abstracts) =>
        ListParser.Parse(new StringReader($"Owner\n\n2024\n{string.Join('\n', abstracts)}\n"), "t.txt").List!;

    [Fact]
    public void First_open_builds_and_a_restart_opens_the_same_index_without_rebuilding()
    {
        var list = List("We study zebra detection.", "We study giraffe detection.");

        using (var first = new PublicationIndex(list, Folder))
        {
            Assert.True(first.Built);
            Assert.Equal(2, first.Search(new SearchRequest("detection")).Total);
        }
        using var second = new PublicationIndex(list, Folder);

        Assert.False(second.Built);
        Assert.Equal(1, second.Search(new SearchRequest("giraffe")).Total);
        Assert.Equal([Folder], Directory.GetDirectories(_root));
        // The parts the index was written in (one per core) were copied into it and removed.
        Assert.Empty(Directory.GetDirectories(Folder));
    }

    [Fact]
    public void Half_written_folder_without_its_marker_is_rebuilt()
    {
        var list = List("We study zebra detection.");
        using (new PublicationIndex(list, Folder))
        {
        }
        File.Delete(Path.Combine(Folder, "publications-index.complete"));

        using var index = new PublicationIndex(list, Folder);

        Assert.True(index.Built);
        Assert.Equal(1, index.Search(new SearchRequest("zebra")).Total);
    }

    [Fact]
    public void Damaged_index_file_is_detected_and_rebuilt_never_served()
    {
        var list = List("We study zebra detection.", "We study giraffe detection.");
        using (new PublicationIndex(list, Folder))
        {
        }
        var victim = Directory.GetFiles(Folder).Where(f => !f.EndsWith(".complete", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(victim);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(victim, bytes);

        using var index = new PublicationIndex(list, Folder);

        Assert.True(index.Built);
        Assert.Equal(1, index.Search(new SearchRequest("giraffe")).Total);
    }

    [Fact]
    public void Folder_holding_another_lists_index_is_rebuilt()
    {
        using (new PublicationIndex(List("We study zebra detection."), Folder))
        {
        }

        using var index = new PublicationIndex(List("We study zebra detection.", "We study okapi detection."), Folder);

        Assert.True(index.Built);
        Assert.Equal(1, index.Search(new SearchRequest("okapi")).Total);
    }

    [Fact]
    public void Parsing_a_file_gives_its_content_hash()
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, "list.txt");
        File.WriteAllText(path, "Owner\n\n2024\nA paper.\n");
        var first = ListParser.ParseFile(path).ContentHash;
        File.AppendAllText(path, "Another paper.\n");
        var second = ListParser.ParseFile(path).ContentHash;

        Assert.Equal(Convert.ToHexStringLower(System.IO.Hashing.Crc64.Hash("Owner\n\n2024\nA paper.\n"u8)), first);
        Assert.NotEqual(first, second);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
