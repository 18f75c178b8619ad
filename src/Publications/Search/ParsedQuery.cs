using Lucene.Net.Search;

namespace Publications.Search;

/// <summary>What <see cref="UserQueryParser"/> made of the user's text.</summary>
/// <param name="Search">The query to run, or null when nothing is left to search (empty text, only stop words).</param>
/// <param name="Highlight">The positive words, phrases and prefixes to mark in snippets, or null when there are none.</param>
/// <param name="ReadAsPlainWords">True when the text could not be read as written and was searched as plain words.</param>
/// <param name="Notice">A sentence for the user about how the text was read, or null.</param>
internal sealed record ParsedQuery(Query? Search, Query? Highlight, bool ReadAsPlainWords, string? Notice);
