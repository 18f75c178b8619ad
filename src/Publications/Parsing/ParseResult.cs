using Publications.Model;

namespace Publications.Parsing;

/// <summary>The outcome of parsing a list: the list when there were no errors, and every error and warning.</summary>
/// <param name="List">The parsed list, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Problems that make the list unusable, in line order.</param>
/// <param name="Warnings">Problems that do not (e.g. a year heading with no papers).</param>
public sealed record ParseResult(PublicationList? List, IReadOnlyList<ListError> Errors, IReadOnlyList<ListError> Warnings)
{
    /// <summary>CRC-64 of the file's bytes (lowercase hex) when parsed from a file, else null: names its persisted index (see <see cref="ListParser.ContentHashOf"/>).</summary>
    public string? ContentHash { get; init; }

    /// <summary>True when the list was parsed without errors.</summary>
    public bool Succeeded => List is not null;
}
