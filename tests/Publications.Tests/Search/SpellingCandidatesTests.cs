using Lucene.Net.Index;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// Small indexes compare words one by one for spelling suggestions (<see cref="SpellingCorrector.Compared"/>), large
/// ones walk Lucene's Levenshtein automata (<see cref="SpellingCorrector.Fuzzy"/>): the two must find the same words,
/// in the same order, with the same document frequencies.
/// </summary>
public sealed class SpellingCandidatesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"publications-spelling-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Comparing_words_finds_what_the_automata_find()
    {
        var list = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(200, 13)).WriteToString()), "g.txt").List!;
        using (var index = new PublicationIndex(list, _folder))
        {
            Assert.True(index.Built);
        }
        using var directory = IndexFolder.ForReading(_folder);
        using var reader = DirectoryReader.Open(directory);
        var terms = MultiFields.GetTerms(reader, FieldNames.Words);
        var vocabulary = new List<string>();
        var all = terms.GetEnumerator();
        while (all.MoveNext())
        {
            vocabulary.Add(all.Term.Utf8ToString());
        }
        Assert.InRange(vocabulary.Count, 500, SpellingCorrector.MaxWordsCompared);

        // Every kind of edit, once and twice, of words the index has, and a few words it has nothing near.
        var random = new Random(3);
        var typed = Enumerable.Range(0, 300).Select(_ => Edit(Edit(vocabulary[random.Next(vocabulary.Count)], random), random))
            .Concat(Enumerable.Range(0, 100).Select(_ => Edit(vocabulary[random.Next(vocabulary.Count)], random)))
            .Concat(["qwertyzxcv", "zzzz", "aaaa", "éclair", "model", "models"])
            .Where(word => word.Length >= 4);
        var found = 0;
        foreach (var word in typed)
        {
            foreach (var maxEdits in new[] { 1, 2 })
            {
                var compared = SpellingCorrector.Compared(terms, word, maxEdits).ToList();
                Assert.Equal(SpellingCorrector.Fuzzy(terms, word, maxEdits).ToList(), compared);
                found += compared.Count;
            }
        }
        // Not a comparison of empty answers: most typos are near some word.
        Assert.True(found > 500, $"Only {found} candidates found.");
    }

    private static string Edit(string word, Random random)
    {
        var at = random.Next(1, Math.Max(2, word.Length));
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => word.Insert(Math.Min(at, word.Length), letter.ToString()),
            1 when word.Length > 2 && at < word.Length => word.Remove(at, 1),
            2 when at < word.Length => string.Concat(word.AsSpan(0, at), letter.ToString(), word.AsSpan(at + 1)),
            3 when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => word + letter,
        };
    }
}
