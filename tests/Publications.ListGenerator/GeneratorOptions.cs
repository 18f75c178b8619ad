namespace Publications.ListGenerator;

/// <summary>What to generate. The same options always give the same bytes.</summary>
/// <param name="Count">How many publications (abstract lines) to write; 0 writes an owner-only list.</param>
/// <param name="Seed">Seed of the one pseudo-random stream everything is drawn from.</param>
/// <param name="FirstYear">Oldest year that may get papers.</param>
/// <param name="LastYear">Newest year that may get papers.</param>
/// <param name="Owner">The owner line at the top of the list.</param>
public sealed record GeneratorOptions(
    int Count,
    int Seed = 42,
    int FirstYear = 1975,
    int LastYear = 2026,
    string Owner = "Synthetic Researcher")
{
    /// <summary>Throws when the options cannot describe a valid list.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstYear, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(LastYear, 9999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FirstYear, LastYear);
        ArgumentException.ThrowIfNullOrWhiteSpace(Owner);
        // The owner must be one line that is not itself a year heading.
        if (Owner.Contains('\n', StringComparison.Ordinal) || Owner.Contains('\r', StringComparison.Ordinal)
            || (Owner.Trim().Length == 4 && Owner.Trim().All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("The owner must be one line and not four digits.", nameof(Owner));
        }
    }
}
