using Publications.Parsing;

namespace Publications.Search;

/// <summary>A persisted index opened with the list it was built from (<see cref="PublicationIndex.OpenStored"/>).</summary>
/// <param name="Index">The index; its <see cref="PublicationIndex.List"/> is the stored list.</param>
/// <param name="Warnings">The warnings the list's parse gave when the index was built.</param>
public sealed record StoredIndex(PublicationIndex Index, IReadOnlyList<ListError> Warnings);
