
namespace Publications.Model;

/// <summary>
/// The whole list: its owner and its publications grouped by year, newest year first.
/// Immutable and safe to share between threads; built once by <see cref="Parsing.ListParser"/>.
/// </summary>
public sealed class PublicationList
{
    // Plain dictionaries, never written after construction, so safe for concurrent reads. Not frozen: freezing
    // 100,000 slugs took 80-130 ms of every start for lookups that are a few per request.
    private readonly Dictionary<int, PublicationYear> _byYear;
    private readonly Dictionary<(int Year, string Slug), Publication> _bySlug;

    /// <summary>Creates a list. <paramref name="years"/> may come in any order; each must hold at least one publication.</summary>
    public PublicationList(string owner, string? subtitle, IEnumerable<PublicationYear> years)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        Owner = owner;
        Subtitle = string.IsNullOrWhiteSpace(subtitle) ? null : subtitle;
        Years = [.. years.OrderByDescending(y => y.Year)];
        All = [.. Years.SelectMany(y => y.Publications)];
        _byYear = Years.ToDictionary(y => y.Year);
        _bySlug = new Dictionary<(int Year, string Slug), Publication>(All.Count);
        foreach (var publication in All)
        {
            // Slugs are unique within a year (the parser and the records file make them so): Add throws otherwise.
            _bySlug.Add((publication.Year, publication.Slug), publication);
        }
    }

    /// <summary>The list's owner, from its first line.</summary>
    public string Owner { get; }

    /// <summary>Further header lines joined by a space, or null.</summary>
    public string? Subtitle { get; }

    /// <summary>The years that have publications, newest first.</summary>
    public IReadOnlyList<PublicationYear> Years { get; }

    /// <summary>Every publication: newest year first, file order within a year.</summary>
    public IReadOnlyList<Publication> All { get; }

    /// <summary>How many publications the list has.</summary>
    public int Count => All.Count;

    /// <summary>The year's publications, or null when the list has none that year.</summary>
    public PublicationYear? FindYear(int year) => _byYear.GetValueOrDefault(year);

    /// <summary>The publication with this year and slug, or null.</summary>
    public Publication? Find(int year, string slug) => _bySlug.GetValueOrDefault((year, slug));

    /// <summary>The publication at 1-based <paramref name="ordinal"/> in <paramref name="year"/>, or null.</summary>
    public Publication? Find(int year, int ordinal) =>
        FindYear(year) is { } found && ordinal >= 1 && ordinal <= found.Count ? found.Publications[ordinal - 1] : null;

    /// <summary>The publication before and after <paramref name="publication"/> in <see cref="All"/> order.</summary>
    public (Publication? Previous, Publication? Next) Neighbours(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var index = IndexOf(publication);
        if (index < 0)
        {
            return (null, null);
        }
        return (index > 0 ? All[index - 1] : null, index < All.Count - 1 ? All[index + 1] : null);
    }

    private int IndexOf(Publication publication)
    {
        var offset = 0;
        foreach (var year in Years)
        {
            if (year.Year == publication.Year)
            {
                return offset + publication.Ordinal - 1;
            }
            offset += year.Count;
        }
        return -1;
    }
}
