using Publications.Model;

namespace Publications.Search;

/// <summary>
/// Maps a document of the index back to the list's own <see cref="Publication"/> by the year and ordinal every
/// document keeps as doc values (held in memory by <see cref="KeyedSearcher"/>): no stored fields are read.
/// </summary>
internal sealed class IndexedPublications(PublicationList list)
{
    /// <summary>The publication of <paramref name="year"/> and <paramref name="ordinal"/>, which the index holds.</summary>
    public Publication Of(int year, int ordinal) =>
        list.Find(year, ordinal) ?? throw new InvalidOperationException($"The index holds {year}/{ordinal}, which its list does not.");
}
