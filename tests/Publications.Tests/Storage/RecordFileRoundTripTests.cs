using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Publications.Model;
using Publications.Parsing;
using Publications.Storage;

namespace Publications.Tests.Storage;

public sealed class RecordFileRoundTripTests : IDisposable
{
    /// <summary>Magic and format version, each four bytes (the layout in RecordFile's remarks).</summary>
    private const int HeaderLength = 8;

    /// <summary>The record section's offset (eight bytes), then the checksum (eight bytes).</summary>
    private const int FooterLength = 16;

    // A subtitle; an empty year heading (a warning, line 7); links of every kind; non-ASCII text: accents, curly
    // quotes, ×, emoji as surrogate pairs (one a ZWJ sequence) in the abstract, the plain text and the headline;
    // Markdown, so abstract and plain text differ; and one abstract longer than 4,096 UTF-8 bytes.
    private static readonly string s_smallList = string.Join('\n',
        "Jane Doe",
        "Professor of Things",
        "Some University",
        "",
        "2025",
        "We propose ZORBLAX (Zero-Order Rapid Blending), a café-grade method for naïve “quoted” text — 3 × faster 🚀🧪 and it’s fun. Released at https://github.com/quokka-lab/zorblax-core with model https://huggingface.co/quokka-lab/zorblax-7b, data https://huggingface.co/datasets/quokka-lab/zorblax-bench, demo https://huggingface.co/spaces/quokka-lab/zorblax-demo, collection https://huggingface.co/collections/quokka-lab/zorblax-family, paper https://arxiv.org/abs/2501.01234 and site https://example.org/zorblax.",
        "2024",
        "2023",
        "A study of **bold** claims with a [companion page](https://github.com/other-owner/other-repo) and a scientist 👩‍🔬 on Ærøskøbing’s coast.",
        "Long: " + string.Concat(Enumerable.Repeat("Ünïcödé ‘text’ × 🚀 grows the abstract well past one stack buffer. ", 80)),
        "We study okapi herds.",
        "");

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-records-tests-{Guid.NewGuid():N}");

    public RecordFileRoundTripTests()
    {
        Directory.CreateDirectory(_root);
    }

    private string NewPath() => Path.Combine(_root, $"{Guid.NewGuid():N}.records");

    private static ParseResult ParseSmall()
    {
        var result = ListParser.Parse(new StringReader(s_smallList), "small.txt");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    }

    private static ParseResult ParseShipped()
    {
        var result = ListParser.ParseFile(TestFiles.ShippedList);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    }

    /// <summary>Writes <paramref name="parsed"/> to a new file and returns its path.</summary>
    private string Written(ParseResult parsed)
    {
        var path = NewPath();
        RecordFile.Write(path, parsed.List!, parsed.Warnings);
        return path;
    }

    /// <summary>Where the text section ends and the record section starts, and where the record section ends.</summary>
    private static (long RecordsAt, long RecordsEnd) Sections(byte[] bytes)
    {
        var recordsEnd = bytes.Length - FooterLength;
        return (BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(recordsEnd, sizeof(long))), recordsEnd);
    }

    private static void FlipByteAt(string path, long offset)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Replaces the footer's checksum with the CRC-64 of the bytes now before it, as a sound writer would.</summary>
    private static void Reseal(byte[] bytes) =>
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - sizeof(ulong)), Crc64.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))));

    [Fact]
    public void Shipped_list_round_trips_field_by_field()
    {
        var parsed = ParseShipped();
        var path = Written(parsed);

        var read = RecordFile.TryRead(path, "elsewhere/biqing-qi.txt");

        Assert.NotNull(read);
        StoredListAssert.Equal(parsed.List!, read.Value.List);
        Assert.Empty(read.Value.Warnings);
    }

    [Fact]
    public void Small_list_with_subtitle_warnings_links_and_non_ascii_text_round_trips_field_by_field()
    {
        var parsed = ParseSmall();
        // The list exercises what it claims to: the empty 2024 heading on line 7 warns, links come in every kind,
        // the long abstract needs more than the 4,096-byte stack buffer, and emoji are surrogate pairs.
        Assert.Equal(7, Assert.Single(parsed.Warnings).Line);
        Assert.Equal(Enum.GetValues<LinkKind>().Order(), parsed.List!.All.SelectMany(p => p.Links).Select(l => l.Kind).Distinct().Order());
        Assert.Contains(parsed.List.All, p => Encoding.UTF8.GetByteCount(p.Abstract) > 4096);
        Assert.Contains(parsed.List.All, p => p.PlainText.Any(char.IsSurrogate) && p.Headline.Any(char.IsSurrogate));
        var path = Written(parsed);

        var read = RecordFile.TryRead(path, "/lists/renamed.txt");

        Assert.NotNull(read);
        var (list, warnings) = read.Value;
        Assert.Equal("Jane Doe", list.Owner);
        Assert.Equal("Professor of Things Some University", list.Subtitle);
        StoredListAssert.Equal(parsed.List, list);
        StoredListAssert.Warnings(parsed.Warnings, warnings, "/lists/renamed.txt");
        Assert.Equal("the year heading 2024 has no publications under it", warnings[0].Problem);
    }

    [Fact]
    public void List_without_subtitle_or_publications_round_trips()
    {
        var parsed = ListParser.Parse(new StringReader("Solo Owner\n\n1999\n"), "empty.txt");
        Assert.True(parsed.Succeeded);
        Assert.Equal(3, Assert.Single(parsed.Warnings).Line);
        var path = Written(parsed);

        var read = RecordFile.TryRead(path, "empty.txt");

        Assert.NotNull(read);
        Assert.Equal("Solo Owner", read.Value.List.Owner);
        Assert.Null(read.Value.List.Subtitle);
        Assert.Equal(0, read.Value.List.Count);
        StoredListAssert.Warnings(parsed.Warnings, read.Value.Warnings, "empty.txt");
    }

    [Fact]
    public void File_is_header_texts_records_offset_and_the_CRC64_of_every_byte_before_it()
    {
        // The layout the damage tests below rely on to hit each section, checked against the file itself.
        var parsed = ParseSmall();
        var bytes = File.ReadAllBytes(Written(parsed));
        var (recordsAt, recordsEnd) = Sections(bytes);

        // A plain text is written after its abstract unless it is the abstract itself (no Markdown): the list has both.
        Assert.Contains(parsed.List!.All, p => p.PlainText == p.Abstract);
        Assert.Contains(parsed.List.All, p => p.PlainText != p.Abstract);
        var texts = string.Concat(parsed.List.All.Select(p => p.PlainText == p.Abstract ? p.Abstract : p.Abstract + p.PlainText));
        Assert.Equal(Encoding.UTF8.GetBytes(texts), bytes[HeaderLength..(int)recordsAt]);
        Assert.True(recordsEnd > recordsAt);
        Assert.Equal(Crc64.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))), BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - sizeof(ulong))));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Flipped_byte_in_the_text_section_is_not_read(double where)
    {
        var path = Written(ParseSmall());
        var (recordsAt, _) = Sections(File.ReadAllBytes(path));
        FlipByteAt(path, HeaderLength + (long)(where * (recordsAt - HeaderLength - 1)));

        // The texts are not read back, so only the checksum can tell.
        Assert.Null(RecordFile.TryRead(path, "small.txt", out var problem));
        Assert.Equal("the records file fails its checksum", problem);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Flipped_byte_in_the_record_section_is_not_read(double where)
    {
        var path = Written(ParseSmall());
        var (recordsAt, recordsEnd) = Sections(File.ReadAllBytes(path));
        FlipByteAt(path, recordsAt + (long)(where * (recordsEnd - recordsAt - 1)));

        Assert.Null(RecordFile.TryRead(path, "small.txt"));
    }

    [Theory]
    [InlineData(1)] // the offset in the footer
    [InlineData(8)] // the checksum itself
    [InlineData(16)]
    public void Flipped_byte_in_the_footer_is_not_read(int fromEnd)
    {
        var path = Written(ParseSmall());
        FlipByteAt(path, new FileInfo(path).Length - fromEnd);

        Assert.Null(RecordFile.TryRead(path, "small.txt"));
    }

    [Theory]
    [InlineData(0)] // magic
    [InlineData(3)]
    [InlineData(4)] // format version
    [InlineData(7)]
    public void Flipped_header_byte_is_not_read(int offset)
    {
        var path = Written(ParseShipped());
        FlipByteAt(path, offset);

        Assert.Null(RecordFile.TryRead(path, "biqing-qi.txt"));
    }

    [Theory]
    [InlineData(0, 0x43455250u + 1)]
    [InlineData(4, RecordFile.FormatVersion - 1u)]
    [InlineData(4, RecordFile.FormatVersion + 1u)]
    public void Other_magic_or_format_version_is_not_read_even_with_a_sound_checksum(int offset, uint value)
    {
        var expected = offset == 0
            ? "the records file does not start as a records file"
            : $"the records file is of format {value}, and this version of the app reads format {RecordFile.FormatVersion}";
        var path = Written(ParseSmall());
        var bytes = File.ReadAllBytes(path);
        Reseal(bytes);
        // Resealing the unchanged file reproduces it exactly, so what follows changes only the header.
        Assert.Equal(File.ReadAllBytes(path), bytes);
        Assert.NotEqual(value, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
        Reseal(bytes);
        File.WriteAllBytes(path, bytes);

        Assert.Null(RecordFile.TryRead(path, "small.txt", out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Older_format_is_named_before_the_checksum_is_looked_at()
    {
        // A file an older version wrote fails this version's reading in both ways; the format is the reason to give.
        var path = Written(ParseSmall());
        FlipByteAt(path, 4);

        Assert.Null(RecordFile.TryRead(path, "small.txt", out var problem));
        Assert.StartsWith("the records file is of format ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void File_cut_by_one_byte_is_not_read()
    {
        var path = Written(ParseShipped());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^1]);

        Assert.Null(RecordFile.TryRead(path, "biqing-qi.txt"));
    }

    [Fact]
    public void File_cut_in_half_is_not_read()
    {
        var path = Written(ParseShipped());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.Null(RecordFile.TryRead(path, "biqing-qi.txt"));
    }

    [Fact]
    public void File_cut_anywhere_is_not_read()
    {
        var path = Written(ListParser.Parse(new StringReader("Owner\n\n2024\nWe study zebras. https://github.com/a/b\n"), "t.txt"));
        var bytes = File.ReadAllBytes(path);

        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.True(RecordFile.TryRead(path, "t.txt") is null, $"cut to {length} of {bytes.Length} bytes");
        }
    }

    [Fact]
    public void Empty_file_is_not_read()
    {
        var path = NewPath();
        File.WriteAllBytes(path, []);

        Assert.Null(RecordFile.TryRead(path, "list.txt", out var problem));
        Assert.Equal("the records file is truncated", problem);
    }

    [Fact]
    public void Missing_file_or_folder_is_not_read()
    {
        Assert.Null(RecordFile.TryRead(NewPath(), "list.txt", out var problem));
        Assert.StartsWith("the records file cannot be read: Could not find file", problem, StringComparison.Ordinal);
        Assert.Null(RecordFile.TryRead(Path.Combine(_root, "no-such-folder", RecordFile.FileName), "list.txt"));
    }

    [Fact]
    public void A_file_read_back_has_no_problem()
    {
        var path = Written(ParseSmall());

        Assert.NotNull(RecordFile.TryRead(path, "small.txt", out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Damaged_records_under_a_sound_checksum_never_throw()
    {
        // The checksum is what rejects damage; behind it the reader still must not throw whatever a record byte
        // holds (counts, lengths, link kinds, strings out of range), as its catch promises: null or a list.
        var parsed = ParseSmall();
        var path = Written(parsed);
        var original = File.ReadAllBytes(path);
        var (recordsAt, recordsEnd) = Sections(original);

        byte[] flips = [0x01, 0x80, 0xFF];
        for (var at = recordsAt; at < recordsEnd; at++)
        {
            // Lowest bit, sign bit, every bit: in turn, so each kind of damage reaches every field.
            var flip = flips[at % flips.Length];
            var bytes = (byte[])original.Clone();
            bytes[at] ^= flip;
            Reseal(bytes);
            File.WriteAllBytes(path, bytes);

            var exception = Record.Exception(() => RecordFile.TryRead(path, "small.txt") is { } read
                ? read.List.All.Sum(p => p.Abstract.Length + p.PlainText.Length)
                : 0);

            Assert.True(exception is null, $"byte {at} ^ 0x{flip:X2}: {exception}");
        }
    }

    [Fact]
    public void Texts_of_a_list_read_back_are_read_from_many_threads_at_once()
    {
        var parsed = ParseShipped();
        var small = ParseSmall();
        var shipped = RecordFile.TryRead(Written(parsed), "a.txt")!.Value.List;
        var other = RecordFile.TryRead(Written(small), "b.txt")!.Value.List;
        Assert.Equal(parsed.List!.Count, shipped.Count);
        Assert.Equal(small.List!.Count, other.Count);
        var pairs = parsed.List.All.Zip(shipped.All).Concat(small.List.All.Zip(other.All)).ToArray();
        var mismatches = 0;

        Parallel.For(0, pairs.Length * 50, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            var (expected, read) = pairs[i % pairs.Length];
            if (!string.Equals(expected.Abstract, read.Abstract, StringComparison.Ordinal)
                || !string.Equals(expected.PlainText, read.PlainText, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Texts_stay_readable_after_the_file_is_deleted()
    {
        // Index folders are replaced or deleted whole while a list read from them may still be shown. Only POSIX
        // systems let a file that is open be unlinked.
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var parsed = ParseSmall();
        var path = Written(parsed);
        var read = RecordFile.TryRead(path, "small.txt")!.Value.List;

        File.Delete(path);

        StoredListAssert.Equal(parsed.List!, read);
    }

    [Fact]
    public void Writing_leaves_the_records_file_alone_and_an_abandoned_one_unreadable()
    {
        var parsed = ParseSmall();
        var path = Written(parsed);
        var abandoned = NewPath();
        using (var writer = new RecordWriter(abandoned))
        {
            // Records go to a scratch file beside it until completion; never completed, the file has no footer.
            writer.Add(parsed.List!.All[0]);
        }

        Assert.Equal(new[] { abandoned, path }.Order(), Directory.GetFiles(_root).Order());
        Assert.Null(RecordFile.TryRead(abandoned, "small.txt"));
        Assert.NotNull(RecordFile.TryRead(path, "small.txt"));
    }

    [Fact]
    public void Records_of_years_written_interleaved_read_back_in_each_year_s_order()
    {
        // As a list parsed straight into its folder writes them: a year's publications need not be adjacent.
        var list = ParseSmall().List!;
        var (older, newer) = (list.FindYear(2023)!.Publications, list.FindYear(2025)!.Publications);
        var path = NewPath();
        using (var writer = new RecordWriter(path))
        {
            writer.Add(older[0]);
            writer.Add(newer[0]);
            foreach (var publication in older.Skip(1))
            {
                writer.Add(publication);
            }
            writer.Complete(list.Owner, list.Subtitle, []);
        }

        var read = RecordFile.TryRead(path, "small.txt");

        Assert.NotNull(read);
        StoredListAssert.Equal(list, read.Value.List);
    }

    [Fact]
    public void Write_never_overwrites_an_existing_file()
    {
        var parsed = ParseSmall();
        var path = Written(parsed);
        var before = File.ReadAllBytes(path);

        Assert.Throws<IOException>(() => RecordFile.Write(path, ParseShipped().List!, []));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
