using System.Globalization;
using System.Text;
using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// Each indexing thread reuses one set of fields for every document it adds: nothing of one paper (a link label,
/// a headline name) may stay in the document of the paper after it, and papers indexed in different batches and
/// threads must each be found by their own words and year.
/// </summary>
public sealed class DocumentReuseTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"publications-reuse-tests-{Guid.NewGuid():N}");

    private static PublicationList Parse(string text)
    {
        var result = ListParser.Parse(new StringReader(text), "reuse.txt");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.List!;
    }

    private PublicationIndex Index(PublicationList list, bool persisted) =>
        persisted ? new PublicationIndex(list, Path.Combine(_root, "index"), []) : new PublicationIndex(list);

    private static List<string> Paths(SearchResults results) => [.. results.Hits.Select(h => h.Publication.Path)];

    // Markdown links, so the owner and repository names are only in the links' labels, never in the plain text:
    // a hit on one of them comes from the label fields. Three links, then none, then one, then two.
    private const string LinkList = """
        Owner

        2024
        We study quokka burrows, see the [first](https://github.com/zanzibarowner/marmaladerepo), [second](https://github.com/tumbleweedorg/kumquattool) and [third](https://github.com/plinthlab/xylophonekit) repositories.
        We study okapi herds without any links at all.
        We study tapir diets, see the [repository](https://github.com/gondolaowner/sassafrasrepo).
        We study lemur calls, see [this](https://github.com/cobblestoneorg/quillrepo) and [that](https://github.com/driftwoodlab/juniperkit).
        We study ibis nests with no links either.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Link_label_words_find_only_the_paper_with_that_link(bool persisted)
    {
        var list = Parse(LinkList);
        var papers = list.All;
        Assert.Equal([3, 0, 1, 2, 0], papers.Select(p => p.Links.Count));
        using var index = Index(list, persisted);
        var owners = new Dictionary<string, Publication>
        {
            ["zanzibarowner"] = papers[0], ["marmaladerepo"] = papers[0],
            ["tumbleweedorg"] = papers[0], ["kumquattool"] = papers[0],
            ["plinthlab"] = papers[0], ["xylophonekit"] = papers[0],
            ["gondolaowner"] = papers[2], ["sassafrasrepo"] = papers[2],
            ["cobblestoneorg"] = papers[3], ["quillrepo"] = papers[3],
            ["driftwoodlab"] = papers[3], ["juniperkit"] = papers[3],
        };

        foreach (var (word, paper) in owners)
        {
            Assert.All(papers, p => Assert.DoesNotContain(word, p.PlainText, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(paper.Links, l => l.Label.Contains(word, StringComparison.Ordinal));
            Assert.Equal([paper.Path], Paths(index.Search(word)));
            // The unstemmed words of labels too (prefix queries read them).
            Assert.Equal([paper.Path], Paths(index.Search($"{word[..^2]}*")));
        }
        // "Code" is in every GitHub link's label and in no paper's text: exactly the papers with links.
        Assert.Equal([papers[0].Path, papers[2].Path, papers[3].Path], Paths(index.Search("code", sort: SearchSort.Oldest)));
    }

    // A headline name (the slug is made from it) on the first and third papers, none on the second and fourth.
    // Neither of those mentions the names, so a hit on them could only come from a name field left over.
    private const string NameList = """
        Owner

        2024
        We propose Quokka Walrus, a method for counting okapi herds.
        We study lemur calls in dense forests.
        We introduce Heron Lantern, a survey of wading birds.
        We study tapir diets in wet seasons.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Headline_name_finds_only_the_paper_named_so(bool persisted)
    {
        var list = Parse(NameList);
        var papers = list.All;
        Assert.Equal(["quokka walrus", null, "heron lantern", null], papers.Select(PublicationNames.HeadlineName));
        using var index = Index(list, persisted);

        Assert.Equal([papers[0].Path], Paths(index.Search("\"Quokka Walrus\"")));
        Assert.Equal([papers[2].Path], Paths(index.Search("\"Heron Lantern\"")));
        Assert.Equal([papers[0].Path], Paths(index.Search("quokka")));
        Assert.Equal([papers[2].Path], Paths(index.Search("lantern")));
    }

    // Named systems in the text (a capital inside the word, or capitals with a digit): three, then none, then one.
    private const string SystemList = """
        Owner

        2024
        We compare MarmoSet, QuoBot and Zeb9X on okapi counting.
        We study lemur calls in dense forests.
        We extend HeronNet to wading birds.
        We study tapir diets in wet seasons.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void System_names_find_only_the_paper_that_mentions_them(bool persisted)
    {
        var list = Parse(SystemList);
        var papers = list.All;
        Assert.Equal([3, 0, 1, 0], papers.Select(p => PublicationNames.SystemNames(p.PlainText).Count));
        using var index = Index(list, persisted);

        foreach (var name in (string[])["MarmoSet", "QuoBot", "Zeb9X"])
        {
            Assert.Equal([papers[0].Path], Paths(index.Search(name)));
        }
        Assert.Equal([papers[2].Path], Paths(index.Search("HeronNet")));
    }

    /// <summary>Consonants only (no s, no y): the Porter stemmer leaves such words alone, so each stays its own term.</summary>
    private const string Consonants = "bcdfghjklmnpqrtvwxz";

    private const int FirstYear = 1995;
    private const int LastYear = 2026;

    /// <summary>A made-up word of paper <paramref name="n"/>, never another paper's.</summary>
    private static string WordOf(int n) =>
        string.Concat("zq", Consonants[n / (Consonants.Length * Consonants.Length)], Consonants[n / Consonants.Length % Consonants.Length], Consonants[n % Consonants.Length]);

    private static int YearOf(int n) => LastYear - (n % (LastYear - FirstYear + 1));

    /// <summary>
    /// <paramref name="count"/> papers in the shipped format, newest year first; paper n has the word
    /// <see cref="WordOf"/>(n) and the year <see cref="YearOf"/>(n), and every third a link whose owner is "lab" and its word.
    /// </summary>
    private static string ManyPapers(int count)
    {
        var text = new StringBuilder("Synthetic Owner\n\n");
        for (var year = LastYear; year >= FirstYear; year--)
        {
            text.Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var n in Enumerable.Range(0, count).Where(n => YearOf(n) == year))
            {
                text.Append(CultureInfo.InvariantCulture, $"We examine the {WordOf(n)} effect in network traffic measurements.");
                if (n % 3 == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" Released as [our tool](https://github.com/lab{WordOf(n)}/tool).");
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_of_600_papers_over_several_batches_is_found_by_its_own_word_and_its_year(bool persisted)
    {
        const int count = 600;
        var list = Parse(ManyPapers(count));
        Assert.Equal(count, list.Count);
        using var index = Index(list, persisted);
        Assert.Equal(count, index.CountIndexedDocuments());

        for (var n = 0; n < count; n++)
        {
            var hit = Assert.Single(index.Search(WordOf(n)).Hits).Publication;
            Assert.Contains(WordOf(n), hit.PlainText, StringComparison.Ordinal);
            Assert.Equal(YearOf(n), hit.Year);
            if (n % 3 == 0)
            {
                Assert.Same(hit, Assert.Single(index.Search($"lab{WordOf(n)}").Hits).Publication);
            }
        }
        for (var year = FirstYear; year <= LastYear; year++)
        {
            // File order within a year is the order the papers were written in.
            var expected = Enumerable.Range(0, count).Where(n => YearOf(n) == year).Select(WordOf).ToList();
            var results = index.Search($"year:{year}", sort: SearchSort.Oldest, pageSize: SearchLimits.MaxPageSize);
            Assert.Equal(expected.Count, results.Total);
            Assert.Equal(expected, results.Hits.Select(h => h.Publication.PlainText.Split(' ')[3]));
            Assert.All(results.Hits, h => Assert.Equal(year, h.Publication.Year));
        }
        // Ranges compare the four-digit terms as text: across the century too, and either way round.
        var acrossCentury = Enumerable.Range(0, count).Count(n => YearOf(n) is >= 1998 and <= 2002);
        Assert.Equal(acrossCentury, index.Search("year:1998..2002").Total);
        Assert.Equal(acrossCentury, index.Search("year:2002..1998").Total);
        Assert.Equal(count, index.Search($"year:{FirstYear}..{LastYear}").Total);
        Assert.Equal(0, index.Search($"year:{FirstYear - 10}..{FirstYear - 1}").Total);
    }

    [Fact]
    public void Parts_written_at_once_hold_every_paper_exactly_once_between_them()
    {
        // More parts than this machine's cores and only three batches (two of PartWriters.BatchSize, then the rest):
        // threads race for the batches, and a part may get several or none.
        const int count = 600, parts = 5;
        var list = Parse(ManyPapers(count));
        var directories = Enumerable.Range(0, parts)
            .Select(part => (Lucene.Net.Store.Directory)new PositionalReadDirectory(Path.Combine(_root, $"part-{part}"))).ToArray();
        try
        {
            using (var analyzer = new PublicationAnalyzer(AnalysisMode.Index))
            using (var writers = new PartWriters(directories, analyzer))
            {
                foreach (var publication in list.All)
                {
                    writers.Add(publication);
                }
                writers.Complete();
            }

            // Every part was committed: each opens as an index of its own.
            var readers = directories.Select(directory => (Lucene.Net.Index.IndexReader)Lucene.Net.Index.DirectoryReader.Open(directory)).ToArray();
            using var all = new Lucene.Net.Index.MultiReader(readers);
            Assert.Equal(count, all.NumDocs);
            for (var n = 0; n < count; n++)
            {
                Assert.Equal(1, all.DocFreq(new Lucene.Net.Index.Term(FieldNames.PlainText, WordOf(n))));
            }
        }
        finally
        {
            Lucene.Net.Util.IOUtils.Dispose(directories);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
