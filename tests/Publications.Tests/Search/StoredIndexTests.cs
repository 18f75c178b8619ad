using Publications.Parsing;
using Publications.Search;
using Publications.Storage;

namespace Publications.Tests.Search;

public sealed class StoredIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-stored-tests-{Guid.NewGuid():N}");

    private string Folder => Path.Combine(_root, "abc-s1");

    private static IEnumerable<string> Slugs(SearchResults results) => results.Hits.Select(h => h.Publication.Path);

    [Fact]
    public void No_folder_means_nothing_stored()
    {
        Assert.Null(PublicationIndex.OpenStored(Folder, "list.txt"));
    }

    [Fact]
    public void A_built_folder_gives_back_the_list_its_warnings_and_the_same_answers()
    {
        var parsed = ListParser.Parse(new StringReader(File.ReadAllText(TestFiles.ShippedList) + "\n1999\n"), "list.txt");
        Assert.NotEmpty(parsed.Warnings);
        using var memory = new PublicationIndex(parsed.List!);
        using (new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
        }

        var stored = PublicationIndex.OpenStored(Folder, "list.txt");

        Assert.NotNull(stored);
        using var index = stored.Index;
        Assert.False(index.Built);
        Assert.Equal(parsed.List!.All.Select(p => (p.Path, p.Headline, p.Abstract, p.PlainText)), index.List.All.Select(p => (p.Path, p.Headline, p.Abstract, p.PlainText)));
        Assert.Equal(parsed.Warnings.Select(w => w.ToString()), stored.Warnings.Select(w => w.ToString()));
        foreach (var query in (string[])["diffusion language models", "\"reinforcement learning\"", "year:2024..2025 reasoning", "sdar*", "MARS2"])
        {
            var expected = memory.Search(new SearchRequest(query));
            var actual = index.Search(new SearchRequest(query));
            Assert.True(expected.Total > 0, query);
            Assert.Equal(Slugs(expected), Slugs(actual));
            Assert.Equal(expected.Hits.Select(h => h.SnippetHtml), actual.Hits.Select(h => h.SnippetHtml));
        }
        var paper = index.List.All[0];
        Assert.Equal(memory.Related(memory.List.All[0]).Select(p => p.Path), index.Related(paper).Select(p => p.Path));
    }

    [Fact]
    public void Damaged_records_are_never_served_the_folder_is_deleted_and_rebuilt()
    {
        var parsed = ListParser.ParseFile(TestFiles.ShippedList);
        using (new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
        }
        var records = Path.Combine(Folder, RecordFile.FileName);
        var bytes = File.ReadAllBytes(records);
        bytes[bytes.Length / 3] ^= 0x04;
        File.WriteAllBytes(records, bytes);

        Assert.Null(PublicationIndex.OpenStored(Folder, TestFiles.ShippedList));
        Assert.False(Directory.Exists(Folder));

        using (var rebuilt = new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
            Assert.True(rebuilt.Built);
        }
        using var reopened = PublicationIndex.OpenStored(Folder, TestFiles.ShippedList)?.Index;
        Assert.NotNull(reopened);
        Assert.Equal(parsed.List!.Count, reopened.Count);
    }

    [Fact]
    public void A_folder_without_its_records_is_not_complete()
    {
        var parsed = ListParser.ParseFile(TestFiles.ShippedList);
        using (new PublicationIndex(parsed.List!, Folder, parsed.Warnings))
        {
        }
        File.Delete(Path.Combine(Folder, RecordFile.FileName));

        Assert.Null(PublicationIndex.OpenStored(Folder, TestFiles.ShippedList));
        using var index = new PublicationIndex(parsed.List!, Folder, parsed.Warnings);
        Assert.True(index.Built);
    }

    [Fact]
    public void Every_paper_of_a_list_indexed_on_several_threads_is_found_by_its_own_word_and_year()
    {
        // More papers than one indexing batch, each with a word of its own (ending in x, which no stemmer touches); papers alternate between three links
        // and none, so a reused document that kept a field from the paper before would show up as a wrong hit.
        var lines = new List<string> { "Owner", "" };
        for (var year = 2001; year <= 2003; year++)
        {
            lines.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < 250; i++)
            {
                var n = ((year - 2001) * 250) + i;
                var word = $"zq{Letters(n)}x";
                lines.Add(n % 2 == 0
                    ? $"We study {word} detection. Code https://github.com/lab/{word}-code and https://github.com/lab/{word}-data and https://huggingface.co/lab/{word}-model."
                    : $"We study {word} detection without links.");
            }
        }
        var list = ListParser.Parse(new StringReader(string.Join('\n', lines)), "many.txt").List!;
        using (new PublicationIndex(list, Folder))
        {
        }
        using var index = PublicationIndex.OpenStored(Folder, "many.txt")!.Index;

        foreach (var paper in list.All)
        {
            var word = paper.PlainText.Split(' ')[2];
            var hits = index.Search(new SearchRequest($"{word} year:{paper.Year}")).Hits;
            Assert.Equal([paper.Path], hits.Select(h => h.Publication.Path));
            var viaLabel = index.Search(new SearchRequest($"{word}-model")).Hits;
            Assert.Equal(paper.Links.Count > 0 ? [paper.Path] : [], viaLabel.Select(h => h.Publication.Path));
        }
        Assert.Equal(250, index.Search(new SearchRequest("detection year:2002")).Total);
        Assert.Equal(500, index.Search(new SearchRequest("detection year:2002..2003")).Total);
    }

    private static string Letters(int n)
    {
        var text = "";
        do
        {
            text = (char)('a' + (n % 26)) + text;
            n /= 26;
        }
        while (n > 0);
        return text;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
