using System.Globalization;
using Lucene.Net.Documents;
using Publications.Model;

namespace Publications.Search;

/// <summary>Maps a <see cref="Publication"/> to its Lucene document and a hit back to its key.</summary>
internal static class PublicationDocument
{
    /// <summary>The key stored in <see cref="FieldNames.Key"/>: year and ordinal identify a publication for good.</summary>
    public static string KeyOf(int year, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/{ordinal}");

    /// <summary>Text and headline keep term vectors: "related papers" (MoreLikeThis) reads them instead of re-analyzing.</summary>
    private static readonly FieldType s_withVectors = Frozen(TextField.TYPE_NOT_STORED);

    private static readonly FieldType s_storedWithVectors = Frozen(TextField.TYPE_STORED);

    /// <summary>Builds the document for one publication.</summary>
    public static Document Create(Publication publication)
    {
        var document = new Document
        {
            // Stored and indexed as one exact term: read back per hit, and usable to delete or update one document.
            new StringField(FieldNames.Key, KeyOf(publication.Year, publication.Ordinal), Field.Store.YES),
            // Trie-encoded so year:2023..2025 is a cheap NumericRangeQuery; not stored (the key has it).
            new Int32Field(FieldNames.Year, publication.Year, Field.Store.NO),
            // Column-stride copy of the year: sorting and per-year counts read it without loading documents.
            new NumericDocValuesField(FieldNames.Year, publication.Year),
            // Only ever sorted on, so doc values alone: file order within a year.
            new NumericDocValuesField(FieldNames.Ordinal, publication.Ordinal),
            // Analyzed and stemmed for matching; stored so snippets can be made from the index alone.
            new Field(FieldNames.PlainText, publication.PlainText, s_storedWithVectors),
            // Analyzed, not stored (the Publication has it); boosted at query time.
            new Field(FieldNames.Headline, publication.Headline, s_withVectors),
            new TextField(FieldNames.Words, publication.PlainText, Field.Store.NO),
            new TextField(FieldNames.Words, publication.Headline, Field.Store.NO),
        };
        if (PublicationNames.HeadlineName(publication) is { } name)
        {
            // One exact key without norms or frequencies: a name either is the query or is not.
            document.Add(new StringField(FieldNames.Name, name, Field.Store.NO));
        }
        foreach (var system in PublicationNames.SystemNames(publication.PlainText))
        {
            // Once per paper however often it is mentioned; the text field still counts mentions.
            document.Add(new StringField(FieldNames.Systems, system, Field.Store.NO));
        }
        foreach (var link in publication.Links)
        {
            // One value per label; the analyzer's position gap keeps phrases inside one label.
            document.Add(new TextField(FieldNames.LinkLabels, link.Label, Field.Store.NO));
            document.Add(new TextField(FieldNames.Words, link.Label, Field.Store.NO));
        }
        return document;
    }

    private static FieldType Frozen(FieldType textType)
    {
        var type = new FieldType(textType) { StoreTermVectors = true };
        // Frozen: shared by every document and thread, so it must never change.
        type.Freeze();
        return type;
    }
}
