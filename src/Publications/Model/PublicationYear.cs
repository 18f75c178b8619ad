namespace Publications.Model;

/// <summary>One year of the list and its publications in file order.</summary>
/// <param name="Year">The four-digit year.</param>
/// <param name="Publications">Its publications, in file order; never empty.</param>
public sealed record PublicationYear(int Year, IReadOnlyList<Publication> Publications)
{
    /// <summary>How many publications the year has.</summary>
    public int Count => Publications.Count;
}
