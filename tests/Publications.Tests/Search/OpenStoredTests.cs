using Publications.Parsing;
using Publications.Search;
using Publications.Storage;

namespace Publications.Tests.Search;

public sealed class OpenStoredTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publications-open-stored-tests-").FullName;

    private string Folder => Path.Combine(_root, "content-hash-s4");

    private string Records => Path.Combine(Folder, RecordFile.FileName);

    /// <summary>The shipped list with an empty year heading added at its end, as a file: a list with a warning.</summary>
    private ParseResult ParseShippedWithWarning()
    {
        var path = Path.Combine(_root, "list.txt");
        File.WriteAllText(path, File.ReadAllText(TestFiles.ShippedList) + "\n1999\n");
        var parsed = ListParser.ParseFile(path);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Errors));
        Assert.Contains("1999", Assert.Single(parsed.Warnings).Problem, StringComparison.Ordinal);
        return parsed;
    }

    /// <summary>The shipped list with a warning, parsed and built into <see cref="Folder"/>.</summary>
    private ParseResult BuildShippedWithWarning()
    {
        var parsed = ParseShippedWithWarning();
        Build(parsed);
        return parsed;
    }

    private void Build(ParseResult parsed)
    {
        using var index = new PublicationIndex(parsed.List!, Folder, parsed.Warnings);
        Assert.True(index.Built);
    }

    private static void FlipByteAt(string path, long offset)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x21;
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void Missing_folder_gives_null_and_creates_nothing()
    {
        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt"));
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void Empty_folder_gives_null()
    {
        Directory.CreateDirectory(Folder);

        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt"));
    }

    [Fact]
    public void Built_folder_gives_back_the_list_field_by_field_and_its_warnings_naming_the_path_given()
    {
        var parsed = BuildShippedWithWarning();

        var stored = PublicationIndex.OpenStored(Folder, "/srv/lists/renamed.txt");

        Assert.NotNull(stored);
        using var index = stored.Index;
        Assert.False(index.Built);
        Assert.NotSame(parsed.List, index.List);
        StoredListAssert.Equal(parsed.List!, index.List);
        StoredListAssert.Warnings(parsed.Warnings, stored.Warnings, "/srv/lists/renamed.txt");
        Assert.Equal(parsed.List!.Count, index.Count);
        Assert.Equal(parsed.List.Count, index.CountIndexedDocuments());
    }

    [Fact]
    public void Folder_built_without_warnings_gives_back_none()
    {
        var parsed = ListParser.ParseFile(TestFiles.ShippedList);
        using (new PublicationIndex(parsed.List!, Folder))
        {
        }

        var stored = PublicationIndex.OpenStored(Folder, "list.txt");

        Assert.NotNull(stored);
        using var index = stored.Index;
        Assert.Empty(stored.Warnings);
        StoredListAssert.Equal(parsed.List!, index.List);
    }

    [Theory]
    [InlineData("reinforcement learning", SearchSort.Relevance)]
    [InlineData("\"tree search\"", SearchSort.Relevance)]
    [InlineData("\"large language models\"", SearchSort.Newest)]
    [InlineData("year:2023..2025", SearchSort.Newest)]
    [InlineData("year:2025..2023", SearchSort.Oldest)]
    [InlineData("year:2024..2026 reasoning", SearchSort.Relevance)]
    [InlineData("distill*", SearchSort.Relevance)]
    [InlineData("MARS2", SearchSort.Relevance)]
    [InlineData("model -diffusion", SearchSort.Oldest)]
    public void Stored_index_answers_as_the_index_built_in_memory(string query, SearchSort sort)
    {
        var parsed = ParseShippedWithWarning();
        using var memory = new PublicationIndex(parsed.List!);
        Build(parsed);
        var stored = PublicationIndex.OpenStored(Folder, "list.txt");
        Assert.NotNull(stored);
        using var index = stored.Index;
        var request = new SearchRequest(query, Sort: sort, PageSize: SearchLimits.MaxPageSize);

        var expected = memory.Search(request);
        var actual = index.Search(request);

        Assert.True(expected.Total > 0, $"{query} finds nothing in memory: the comparison would prove nothing");
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Publication.Year, h.Publication.Ordinal, h.Publication.Slug)),
            actual.Hits.Select(h => (h.Publication.Year, h.Publication.Ordinal, h.Publication.Slug)));
        Assert.Equal(expected.Hits.Select(h => h.SnippetHtml), actual.Hits.Select(h => h.SnippetHtml));
        Assert.Equal(expected.YearCounts, actual.YearCounts);
        // Hits are the stored list's own publications, not copies or the parsed list's.
        Assert.All(actual.Hits, h => Assert.Same(index.List.Find(h.Publication.Year, h.Publication.Slug), h.Publication));
    }

    [Fact]
    public void Year_range_on_the_stored_index_finds_every_paper_of_those_years_and_no_other()
    {
        var parsed = BuildShippedWithWarning();
        var stored = PublicationIndex.OpenStored(Folder, "list.txt");
        Assert.NotNull(stored);
        using var index = stored.Index;

        var results = index.Search(new SearchRequest("year:2023..2025", Sort: SearchSort.Oldest, PageSize: SearchLimits.MaxPageSize));

        var expected = parsed.List!.All.Where(p => p.Year is >= 2023 and <= 2025).OrderBy(p => p.Year).ThenBy(p => p.Ordinal).Select(p => p.Path).ToList();
        Assert.NotEmpty(expected);
        Assert.True(parsed.List.All.Any(p => p.Year > 2025), "the list has papers outside the range");
        Assert.Equal(expected, results.Hits.Select(h => h.Publication.Path));
    }

    [Fact]
    public void Related_papers_of_the_stored_index_are_those_of_the_index_built_in_memory()
    {
        var parsed = ParseShippedWithWarning();
        using var memory = new PublicationIndex(parsed.List!);
        Build(parsed);
        var stored = PublicationIndex.OpenStored(Folder, "list.txt");
        Assert.NotNull(stored);
        using var index = stored.Index;

        for (var i = 0; i < parsed.List!.Count; i++)
        {
            var expected = memory.Related(memory.List.All[i]).Select(p => p.Path).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, index.Related(index.List.All[i]).Select(p => p.Path));
        }
    }

    [Theory]
    [InlineData(0.5)] // the text section
    [InlineData(-20)] // the record section, just before the 16-byte footer
    public void Damaged_records_give_null_delete_the_folder_and_the_next_construction_rebuilds_it(double where)
    {
        var parsed = BuildShippedWithWarning();
        var length = new FileInfo(Records).Length;
        FlipByteAt(Records, where >= 0 ? (long)(where * length) : length + (long)where);

        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt", out var discarded));
        Assert.StartsWith("the records file ", discarded, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));

        using (var rebuilt = new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
            Assert.True(rebuilt.Built);
        }
        var stored = PublicationIndex.OpenStored(Folder, "list.txt");
        Assert.NotNull(stored);
        using var index = stored.Index;
        Assert.False(index.Built);
        StoredListAssert.Equal(parsed.List!, index.List);
        StoredListAssert.Warnings(parsed.Warnings, stored.Warnings, "list.txt");
    }

    [Fact]
    public void Damaged_index_file_gives_null_and_deletes_the_folder()
    {
        BuildShippedWithWarning();
        var victim = Directory.GetFiles(Folder)
            .Where(f => Path.GetFileName(f) is not IndexFolder.CompleteMarker and not RecordFile.FileName && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length)
            .First();
        FlipByteAt(victim, new FileInfo(victim).Length / 2);

        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt", out var discarded));
        Assert.StartsWith("its index is damaged: ", discarded, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void Folder_without_its_records_is_not_complete_and_the_constructor_rebuilds_it()
    {
        var parsed = BuildShippedWithWarning();
        File.Delete(Records);

        using (var index = new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
            Assert.True(index.Built);
            Assert.Equal(1, index.Search(new SearchRequest("MARS2")).Total);
        }

        Assert.True(File.Exists(Records));
        var stored = PublicationIndex.OpenStored(Folder, "list.txt");
        Assert.NotNull(stored);
        using var reopened = stored.Index;
        StoredListAssert.Equal(parsed.List!, reopened.List);
    }

    [Fact]
    public void Folder_without_its_records_gives_null_from_OpenStored()
    {
        BuildShippedWithWarning();
        File.Delete(Records);

        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt", out var discarded));
        Assert.StartsWith("the records file cannot be read: ", discarded, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_without_its_completion_marker_gives_null_from_OpenStored()
    {
        BuildShippedWithWarning();
        File.Delete(Path.Combine(Folder, IndexFolder.CompleteMarker));

        // Unfinished: a build that was stopped, nothing to report.
        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt", out var discarded));
        Assert.Null(discarded);
    }

    [Fact]
    public void Records_of_another_list_size_than_the_index_are_discarded_with_both_counts()
    {
        // Each file sound on its own, from two different builds: the records of the shipped list beside an index
        // of one paper.
        var parsed = BuildShippedWithWarning();
        var other = Path.Combine(_root, "other");
        var one = ListParser.Parse(new StringReader("Owner\n\n2024\nWe study zebras.\n"), "one.txt");
        using (new PublicationIndex(one.List!, other, one.Warnings))
        {
        }
        File.Copy(Path.Combine(other, RecordFile.FileName), Records, overwrite: true);

        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt", out var discarded));
        Assert.Equal($"its index holds {parsed.List!.Count} documents where its records hold 1", discarded);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
