using System.IO.Hashing;
using System.Text;
using Publications.Parsing;

namespace Publications.Tests.Parsing;

public sealed class ContentHashTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-content-hash-tests-{Guid.NewGuid():N}");

    public ContentHashTests()
    {
        Directory.CreateDirectory(_root);
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_root, $"{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Shipped_list_hash_without_parsing_equals_the_parse_results()
    {
        var parsed = ListParser.ParseFile(TestFiles.ShippedList);

        var hash = ListParser.ContentHashOf(TestFiles.ShippedList);

        Assert.NotNull(hash);
        Assert.Equal(parsed.ContentHash, hash);
        Assert.Equal(Convert.ToHexStringLower(Crc64.Hash(File.ReadAllBytes(TestFiles.ShippedList))), hash);
    }

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "BOM, CRLF and non-ASCII", [.. Encoding.UTF8.Preamble, .. "Zoë Doe\r\n\r\n2024\r\nNaïve “quoted” 🚀 text.\r\n"u8] },
        { "invalid UTF-8 (a list with errors)", [.. "Owner\n\n2024\nBad "u8, 0xC3, 0x28, .. " byte.\n"u8] },
        { "larger than the 1 MiB read buffer", Encoding.UTF8.GetBytes("Owner\n\n2024\n" + string.Concat(Enumerable.Repeat("One long abstract on ünïcode. ", 50_000)) + "\n") },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Hash_without_parsing_equals_the_parse_results_and_the_CRC64_of_the_bytes(string name, byte[] bytes)
    {
        var path = Write(bytes);

        var hash = ListParser.ContentHashOf(path);

        Assert.True(hash is not null, name);
        Assert.Equal(Convert.ToHexStringLower(Crc64.Hash(bytes)), hash);
        Assert.Equal(ListParser.ParseFile(path).ContentHash, hash);
    }

    [Fact]
    public void Different_bytes_give_different_hashes()
    {
        Assert.NotEqual(ListParser.ContentHashOf(Write("Owner\n\n2024\nA paper.\n"u8.ToArray())), ListParser.ContentHashOf(Write("Owner\n\n2024\nA paper!\n"u8.ToArray())));
    }

    [Fact]
    public void Missing_file_or_folder_or_a_folder_path_gives_null()
    {
        Assert.Null(ListParser.ContentHashOf(Path.Combine(_root, "missing.txt")));
        Assert.Null(ListParser.ContentHashOf(Path.Combine(_root, "no-such-folder", "list.txt")));
        Assert.Null(ListParser.ContentHashOf(_root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
