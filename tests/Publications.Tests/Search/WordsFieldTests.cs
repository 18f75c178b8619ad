using Lucene.Net.Index;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>The words field is filled from the words gathered while the other fields are analyzed (DocumentWords).</summary>
public sealed class WordsFieldTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"publications-words-field-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Words_field_holds_each_papers_distinct_unstemmed_words_of_text_headline_and_labels()
    {
        var list = ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(300, 9)).WriteToString()), "g.txt").List!;
        Assert.Contains(list.All, p => p.Links.Count > 0);
        using (var index = new PublicationIndex(list, _folder))
        {
            Assert.True(index.Built);
        }

        // What analyzing every value with the words chain on its own gives: the field's previous definition.
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var analyzer = new PublicationAnalyzer(AnalysisMode.Index))
        {
            foreach (var publication in list.All)
            {
                var values = new[] { publication.PlainText, publication.Headline }.Concat(publication.Links.Select(l => l.Label));
                foreach (var word in values.SelectMany(v => Tokens.Of(analyzer, FieldNames.Words, v)).Distinct(StringComparer.Ordinal))
                {
                    expected[word] = expected.GetValueOrDefault(word) + 1;
                }
            }
        }
        var actual = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var directory = IndexFolder.ForReading(_folder))
        using (var reader = DirectoryReader.Open(directory))
        {
            var terms = MultiFields.GetTerms(reader, FieldNames.Words).GetEnumerator();
            while (terms.MoveNext())
            {
                actual[terms.Term.Utf8ToString()] = terms.DocFreq;
            }
        }

        Assert.True(expected.Count > 500, $"Only {expected.Count} words.");
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Words_stream_read_before_the_fields_it_comes_from_fails_instead_of_giving_old_words()
    {
        var words = new DocumentWords();
        using var stream = words.Replay(requiredFields: 2);

        Assert.Throws<InvalidOperationException>(stream.Reset);
    }
}
