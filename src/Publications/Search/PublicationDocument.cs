using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// Maps a <see cref="Publication"/> to its Lucene document, and a hit back to its key. One instance per indexing
/// thread, reused for every document that thread adds (Lucene's own advice): a field indexed again reuses its token
/// stream, where a new field per document would build one each time and queue on Lucene's attribute-factory lock.
/// Not thread-safe. Its <see cref="Analyzer"/> must be the one documents are added with: it fills the words field.
/// </summary>
internal sealed class PublicationDocument : IDisposable
{
    /// <summary>
    /// The unstemmed words: only ever matched by prefix queries (constant score) and read for their document
    /// frequency by the spelling corrector, so no frequencies, positions or norms. The largest field, so this
    /// saves the most of any choice here.
    /// </summary>
    private static readonly FieldType s_wordsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    // Indexed as one exact term, not stored: finds one paper's own document (related papers leave it out). Hits map
    // back to publications by the year and ordinal doc values instead (IndexedPublications).
    private readonly StringField _key = new(FieldNames.Key, "", Field.Store.NO);

    // One exact term per year: year:2023..2025 is a term range over a few dozen terms (years are always four
    // digits, so their text order is their numeric order); not stored (the key has it).
    private readonly StringField _year = new(FieldNames.Year, "", Field.Store.NO);

    // Column-stride copy of the year: sorting and per-year counts read it without loading documents.
    private readonly NumericDocValuesField _yearValue = new(FieldNames.Year, 0);

    // Only ever sorted on, so doc values alone: file order within a year.
    private readonly NumericDocValuesField _ordinal = new(FieldNames.Ordinal, 0);

    // Analyzed and stemmed for matching. Neither stored nor with term vectors: snippets and related papers
    // analyze the Publication's own text, so the index stays small and quick to build.
    private readonly TextField _text = new(FieldNames.PlainText, "", Field.Store.NO);

    // Analyzed, not stored (the Publication has it); boosted at query time.
    private readonly TextField _headline = new(FieldNames.Headline, "", Field.Store.NO);

    // The distinct words of text, headline and labels, gathered while those fields are analyzed (DocumentWords).
    private readonly DocumentWords _words = new();
    private readonly Field _wordsField;

    // One exact key without norms or frequencies: a name either is the query or is not.
    private readonly StringField _name = new(FieldNames.Name, "", Field.Store.NO);

    // The fields that hold one value each of a multi-valued field, grown to the most any document needed.
    private readonly List<Field> _systems = [];
    private readonly List<Field> _labels = [];

    public PublicationDocument()
    {
        Analyzer = new PublicationAnalyzer(AnalysisMode.Index, _words);
        // Text and headline always come first (every document has both); link labels only when there are links.
        _wordsField = new Field(FieldNames.Words, _words.Replay(requiredFields: 2), s_wordsOnly);
    }

    /// <summary>The words of the document being made, and this thread's remembered word expansions.</summary>
    internal DocumentWords Words => _words;

    /// <summary>The analyzer to add this instance's documents with (<c>IndexWriter.AddDocument(document, analyzer)</c>).</summary>
    public PublicationAnalyzer Analyzer { get; }

    /// <summary>The key stored in <see cref="FieldNames.Key"/>: year and ordinal identify a publication for good.</summary>
    public static string KeyOf(int year, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/{ordinal}");

    /// <summary>The term a year is indexed as in <see cref="FieldNames.Year"/>.</summary>
    public static string YearTerm(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The document for <paramref name="publication"/>, made of this instance's fields: add it before the next call.</summary>
    public Document For(Publication publication)
    {
        _words.Clear();
        _key.SetStringValue(KeyOf(publication.Year, publication.Ordinal));
        _year.SetStringValue(YearTerm(publication.Year));
        _yearValue.SetInt64Value(publication.Year);
        _ordinal.SetInt64Value(publication.Ordinal);
        var plainText = publication.PlainText;
        _text.SetStringValue(plainText);
        _headline.SetStringValue(publication.Headline);
        var document = new Document { _key, _year, _yearValue, _ordinal, _text, _headline, _wordsField };
        if (PublicationNames.HeadlineName(publication) is { } name)
        {
            _name.SetStringValue(name);
            document.Add(_name);
        }
        var systems = 0;
        foreach (var system in PublicationNames.SystemNames(plainText))
        {
            // Once per paper however often it is mentioned; the text field still counts mentions.
            document.Add(Next(_systems, systems++, system, () => new StringField(FieldNames.Systems, "", Field.Store.NO)));
        }
        for (var i = 0; i < publication.Links.Count; i++)
        {
            // One value per label; the analyzer's position gap keeps phrases inside one label.
            var label = publication.Links[i].Label;
            document.Add(Next(_labels, i, label, () => new TextField(FieldNames.LinkLabels, "", Field.Store.NO)));
        }
        return document;
    }

    public void Dispose()
    {
        Analyzer.Dispose();
        _words.Dispose();
    }

    private static Field Next(List<Field> fields, int index, string value, Func<Field> create)
    {
        if (index == fields.Count)
        {
            fields.Add(create());
        }
        fields[index].SetStringValue(value);
        return fields[index];
    }

    private static FieldType Frozen(FieldType type)
    {
        // Frozen: shared by every document and thread, so it must never change.
        type.Freeze();
        return type;
    }
}
