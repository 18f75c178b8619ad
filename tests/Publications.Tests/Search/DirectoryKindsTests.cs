using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>A stored index is read from memory when small and from disk when large: both must read it the same.</summary>
public sealed class DirectoryKindsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-directory-kinds-tests-{Guid.NewGuid():N}");

    public DirectoryKindsTests()
    {
        System.IO.Directory.CreateDirectory(_root);
    }

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);

    private string BuildGeneratedIndex()
    {
        var folder = Path.Combine(_root, "index");
        var list = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(400, 3)).WriteToString()), "g.txt").List!;
        using (var index = new PublicationIndex(list, folder))
        {
            Assert.True(index.Built);
        }
        return folder;
    }

    [Fact]
    public void Small_index_is_loaded_and_a_large_one_read_from_disk()
    {
        var folder = BuildGeneratedIndex();

        using var small = IndexFolder.ForReading(folder);
        using var large = IndexFolder.ForReading(folder, maxLoadedBytes: 0);

        Assert.IsType<LoadedDirectory>(small);
        Assert.IsType<PositionalReadDirectory>(large);
    }

    [Fact]
    public void Loaded_and_positional_directories_find_the_same_documents_and_pass_the_same_checks()
    {
        var folder = BuildGeneratedIndex();
        using var loaded = IndexFolder.ForReading(folder);
        using var positional = IndexFolder.ForReading(folder, maxLoadedBytes: 0);
        using var fromMemory = DirectoryReader.Open(loaded);
        using var fromDisk = DirectoryReader.Open(positional);
        var memory = new IndexSearcher(fromMemory);
        var disk = new IndexSearcher(fromDisk);

        // Every term of the text field, with its postings: the whole inverted index read both ways.
        var compared = 0;
        foreach (var leaf in fromMemory.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
            var terms = leaf.AtomicReader.GetTerms(FieldNames.PlainText).GetEnumerator();
            while (terms.MoveNext() && compared < 3_000)
            {
                var query = new TermQuery(new Term(FieldNames.PlainText, terms.Term.Utf8ToString()));
                var a = memory.Search(query, 50);
                var b = disk.Search(query, 50);
                Assert.Equal(b.TotalHits, a.TotalHits);
                Assert.Equal(b.ScoreDocs.Select(d => (d.Doc, d.Score)), a.ScoreDocs.Select(d => (d.Doc, d.Score)));
                compared++;
            }
        }
        foreach (var leaf in fromDisk.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
        Assert.True(compared > 1_000, $"Only {compared} terms compared.");
    }

    [Fact]
    public void Loaded_input_reads_back_everything_Lucene_writes()
    {
        var folder = Path.Combine(_root, "raw");
        using (var writing = new PositionalReadDirectory(folder))
        using (var output = writing.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteByte(0xFE);
            output.WriteInt16(-12_345);
            output.WriteInt32(int.MinValue);
            output.WriteInt64(long.MaxValue - 7);
            foreach (var value in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue })
            {
                output.WriteVInt32(value);
            }
            foreach (var value in new[] { 0L, 127L, 128L, 1L << 35, long.MaxValue })
            {
                output.WriteVInt64(value);
            }
            output.WriteString("naïve 🙂");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        }

        using var loaded = new LoadedDirectory(folder);
        using var input = loaded.OpenInput("data.bin", IOContext.READ);
        Assert.Equal(0xFE, input.ReadByte());
        Assert.Equal(-12_345, input.ReadInt16());
        Assert.Equal(int.MinValue, input.ReadInt32());
        Assert.Equal(long.MaxValue - 7, input.ReadInt64());
        foreach (var value in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue })
        {
            Assert.Equal(value, input.ReadVInt32());
        }
        foreach (var value in new[] { 0L, 127L, 128L, 1L << 35, long.MaxValue })
        {
            Assert.Equal(value, input.ReadVInt64());
        }
        Assert.Equal("naïve 🙂", input.ReadString());
        var clone = (IndexInput)input.Clone();
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, bytes);
        Assert.Equal(input.Length, input.Position);
        Assert.ThrowsAny<IOException>(() => input.ReadByte());

        // A clone keeps its own position; a slice sees only its bytes.
        Assert.Equal(1, clone.ReadByte());
        clone.Seek(0);
        Assert.Equal(0xFE, clone.ReadByte());
        using var slicer = loaded.CreateSlicer("data.bin", IOContext.READ);
        using var slice = slicer.OpenSlice("tail", input.Length - 5, 5);
        Assert.Equal(5, slice.Length);
        Assert.Equal(1, slice.ReadByte());
        slice.Seek(4);
        Assert.Equal(5, slice.ReadByte());
        Assert.ThrowsAny<IOException>(() => slice.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => slicer.OpenSlice("beyond", input.Length - 2, 5));
    }

    [Theory]
    [InlineData(IndexFolder.MaxLoadedIndexBytes)]
    [InlineData(0L)]
    public void Either_kind_finds_a_flipped_byte_in_the_largest_index_file(long maxLoadedBytes)
    {
        var folder = BuildGeneratedIndex();
        var victim = System.IO.Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) is not IndexFolder.CompleteMarker and not Publications.Storage.RecordFile.FileName
                && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length)
            .First();
        var bytes = File.ReadAllBytes(victim);
        bytes[bytes.Length / 2] ^= 0x21;
        File.WriteAllBytes(victim, bytes);

        using var directory = IndexFolder.ForReading(folder, maxLoadedBytes);
        using var reader = DirectoryReader.Open(directory);

        Assert.ThrowsAny<IOException>(() =>
        {
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
        });
    }

    [Fact]
    public void Loaded_directory_is_read_only()
    {
        var folder = BuildGeneratedIndex();
        using var loaded = new LoadedDirectory(folder);

        Assert.Throws<NotSupportedException>(() => loaded.CreateOutput("new.bin", IOContext.DEFAULT));
        Assert.Throws<NotSupportedException>(() => loaded.DeleteFile(IndexFolder.CompleteMarker));
        Assert.True(File.Exists(Path.Combine(folder, IndexFolder.CompleteMarker)));
    }
}
