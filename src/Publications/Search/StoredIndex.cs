using Publications.Parsing;

namespace Publications.Search;

/// <summary>A persisted index opened with the list it was built from (<see cref="PublicationIndex.OpenStored(string, string)"/>).</summary>
/// <param name="Index">The index; its <see cref="PublicationIndex.List"/> is the stored list.</param>
/// <param name="Warnings">The warnings the list's parse gave when the index was built.</param>
public sealed record StoredIndex(PublicationIndex Index, IReadOnlyList<ListError> Warnings);

/// <summary>
/// What <see cref="PublicationIndex.BuildFolder"/> did: built the folder (<paramref name="Built"/>), or nothing when
/// the list has <paramref name="Errors"/> or changed while it was read (<paramref name="ListChanged"/>).
/// </summary>
/// <param name="Built">True when the folder now holds the list's complete index and records.</param>
/// <param name="Errors">Problems that make the list unusable, in line order (nothing was built).</param>
/// <param name="Warnings">Problems that do not.</param>
/// <param name="ListChanged">True when the file's content was not the hash its folder is named after: nothing was built.</param>
/// <param name="Parsing">How long reading and parsing the list took, indexing alongside; the rest finished the index.</param>
public sealed record FolderBuildResult(bool Built, IReadOnlyList<ListError> Errors, IReadOnlyList<ListError> Warnings, bool ListChanged, TimeSpan Parsing);
