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
            new TextField(FieldNames.PlainText, publication.PlainText, Field.Store.YES),
            // Analyzed, not stored (the Publication has it); boosted at query time.
            new TextField(FieldNames.Headline, publication.Headline, Field.Store.NO),
            new TextField(FieldNames.Words, publication.PlainText, Field.Store.NO),
            new TextField(FieldNames.Words, publication.Headline, Field.Store.NO),
        };
        foreach (var link in publication.Links)
        {
            // One value per label; the analyzer's position gap keeps phrases inside one label.
            document.Add(new TextField(FieldNames.LinkLabels, link.Label, Field.Store.NO));
            document.Add(new TextField(FieldNames.Words, link.Label, Field.Store.NO));
        }
        return document;
    }
}
