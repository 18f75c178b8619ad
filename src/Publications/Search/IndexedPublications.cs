using Lucene.Net.Index;
using Lucene.Net.Search;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// Maps a document of the index back to the list's own <see cref="Publication"/> by the year and ordinal every
/// document keeps as doc values: no stored fields are read (that meant decompressing a block per hit).
/// </summary>
internal sealed class IndexedPublications(PublicationList list)
{
    /// <summary>The publication a document number of <paramref name="searcher"/> stands for.</summary>
    public Publication Of(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var year = (int)leaf.AtomicReader.GetNumericDocValues(FieldNames.Year).Get(local);
        var ordinal = (int)leaf.AtomicReader.GetNumericDocValues(FieldNames.Ordinal).Get(local);
        return list.Find(year, ordinal) ?? throw new InvalidOperationException($"The index holds {year}/{ordinal}, which its list does not.");
    }
}
