using System.Text;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// A first start parses the list file straight into its index folder (<see cref="PublicationIndex.BuildFolder"/>)
/// and opens it (<see cref="PublicationIndex.OpenBuilt"/>): the folder must hold and serve exactly what parsing the
/// list and building it from the parsed list gives, and a list with errors, or one that changed since it was hashed,
/// must leave nothing behind.
/// </summary>
public sealed class BuildFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publications-build-stored-tests-").FullName;

    private string Folder => Path.Combine(_root, "content-hash-s4");

    /// <summary>A generated list of several chunks per year, one year heading repeated later, and an empty heading (a warning).</summary>
    private string WriteList(int papers)
    {
        var generated = new PublicationListGenerator(new GeneratorOptions(papers, 11)).WriteToString();
        var abstracts = generated.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 4).ToList();
        var text = new StringBuilder("Jane Doe\nProfessor of Things\n\n");
        var years = new[] { 2025, 2024, 2025, 2020 };
        var per = abstracts.Count / years.Length;
        for (var y = 0; y < years.Length; y++)
        {
            text.Append(years[y]).Append('\n');
            foreach (var line in abstracts.Skip(y * per).Take(y == years.Length - 1 ? int.MaxValue : per))
            {
                text.Append(line).Append('\n');
            }
        }
        text.Append("1999\n");
        var path = Path.Combine(_root, "list.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static (FolderBuildResult Build, StoredIndex? Stored) Build(string path, string folder) =>
        Build(path, folder, ListParser.ContentHashOf(path)!);

    /// <summary>What a first start does: build the folder, then open what was built.</summary>
    private static (FolderBuildResult Build, StoredIndex? Stored) Build(string path, string folder, string contentHash)
    {
        var build = PublicationIndex.BuildFolder(path, folder, contentHash);
        return (build, build.Built ? PublicationIndex.OpenBuilt(folder, path) : null);
    }

    [Fact]
    public void Built_folder_serves_the_list_as_parsed_and_answers_as_the_index_built_in_memory()
    {
        var path = WriteList((3 * PartWriters.BatchSize) + 77);
        var parsed = ListParser.ParseFile(path);
        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Errors));

        var (build, opened) = Build(path, Folder);

        Assert.NotNull(opened);
        Assert.False(build.ListChanged);
        Assert.Empty(build.Errors);
        using var stored = opened.Index;
        StoredListAssert.Equal(parsed.List!, stored.List);
        StoredListAssert.Warnings(parsed.Warnings, build.Warnings, path);
        Assert.Equal(parsed.List!.Count, stored.CountIndexedDocuments());
        using var inMemory = new PublicationIndex(parsed.List);
        foreach (var query in new[] { "model", "\"language models\"", "learn*", "graph OR vision", "year:2024..2025 data", "model -graph" })
        {
            var request = new SearchRequest(query, PageSize: SearchLimits.MaxPageSize);
            var expected = inMemory.Search(request);
            var actual = stored.Search(request);
            Assert.True(expected.Total > 0, $"{query} finds nothing in memory: the comparison would prove nothing");
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => h.Publication.Path), actual.Hits.Select(h => h.Publication.Path));
            Assert.Equal(expected.Hits.Select(h => h.SnippetHtml), actual.Hits.Select(h => h.SnippetHtml));
            Assert.Equal(expected.YearCounts, actual.YearCounts);
        }
        // A restart opens the same folder as it is.
        var reopened = PublicationIndex.OpenStored(Folder, path);
        Assert.NotNull(reopened);
        using (reopened.Index)
        {
            StoredListAssert.Equal(parsed.List, reopened.Index.List);
        }
        Assert.Equal([Folder], Directory.GetDirectories(_root));
    }

    [Fact]
    public void List_with_an_error_after_many_papers_builds_nothing_and_leaves_no_folder()
    {
        var path = WriteList(4 * PartWriters.BatchSize);
        File.AppendAllText(path, "2019\nbad \u0001 line\n");

        var (build, opened) = Build(path, Folder);

        Assert.Null(opened);
        Assert.False(build.ListChanged);
        Assert.Contains("U+0001", Assert.Single(build.Errors).Problem, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_root));
    }

    [Fact]
    public void List_that_changed_since_it_was_hashed_builds_nothing_and_says_so()
    {
        var path = WriteList(PartWriters.BatchSize);
        var before = ListParser.ContentHashOf(path)!;
        File.AppendAllText(path, "2018\nA paper added after the list was hashed.\n");

        var (build, opened) = Build(path, Folder, before);

        Assert.True(build.ListChanged);
        Assert.Null(opened);
        Assert.Empty(build.Errors);
        Assert.Empty(Directory.GetDirectories(_root));
    }

    [Fact]
    public void Damaged_folder_standing_in_the_way_is_replaced()
    {
        var path = WriteList(PartWriters.BatchSize + 5);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "_0.cfs"), "not an index");

        var (_, opened) = Build(path, Folder);

        Assert.NotNull(opened);
        using var stored = opened.Index;
        Assert.Equal(ListParser.ParseFile(path).List!.Count, stored.CountIndexedDocuments());
        Assert.False(File.Exists(Path.Combine(Folder, "_0.cfs")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_match_collected_after_equal_ones_still_takes_the_page_when_it_ranks_first()
    {
        // Parts are written a batch at a time, so documents are not collected in rank order: the 2024 paper ends the
        // second batch, behind older papers of the same score that fill the one slot first. Equal scores go on to
        // the year and file order, so it must still displace them.
        var text = new StringBuilder("Jane Doe\n\n2001\n");
        text.Insert(text.Length, "Zebra detection.\n", PartWriters.BatchSize + 44).Append("2024\nZebra detection.\n");
        var path = Path.Combine(_root, "ties.txt");
        File.WriteAllText(path, text.ToString());

        var (build, opened) = Build(path, Folder);
        Assert.True(build.Built);
        using var index = opened!.Index;

        var results = index.Search(new SearchRequest("zebra", PageSize: 1));

        Assert.Equal((2024, 1), (results.Hits[0].Publication.Year, results.Hits[0].Publication.Ordinal));
        Assert.Equal(PartWriters.BatchSize + 45, results.Total);
    }
}
