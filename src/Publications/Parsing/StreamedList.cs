namespace Publications.Parsing;

/// <summary>
/// What a list parsed into a sink was (its publications went to the sink as they were made, see
/// <see cref="ListParser"/>): its header and counts when it has no errors, and every error and warning.
/// </summary>
/// <param name="Owner">The owner's name, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Subtitle">Further header lines joined by a space, or null.</param>
/// <param name="Count">How many publications the sink received (0 with errors).</param>
/// <param name="Years">How many years have publications (0 with errors).</param>
/// <param name="Errors">Problems that make the list unusable, in line order.</param>
/// <param name="Warnings">Problems that do not.</param>
internal sealed record StreamedList(string? Owner, string? Subtitle, int Count, int Years, IReadOnlyList<ListError> Errors, IReadOnlyList<ListError> Warnings)
{
    /// <summary>CRC-64 of the file's bytes (lowercase hex), as <see cref="ParseResult.ContentHash"/>.</summary>
    public string? ContentHash { get; init; }

    /// <summary>True when the list was parsed without errors.</summary>
    public bool Succeeded => Owner is not null;
}
