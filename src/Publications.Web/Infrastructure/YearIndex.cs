using Publications.Model;

namespace Publications.Web.Infrastructure;

/// <summary>
/// The links to the year pages, on the home page and on the pages that help a lost visitor. A list of a few years
/// gets them as one run of links. A list that spans many years (a lab's or a department's: the generated lists
/// span 52) groups them by decade, as disclosure widgets (<c>details</c>): the newest decade open and the older ones
/// folded under their name, range and count. Without that, a phone scrolls past 26 rows of year links before
/// the first paper. Each year stays one link away on the home page through its chart bar.
/// </summary>
public sealed record YearIndex(IReadOnlyList<PublicationYear> Years, IReadOnlyList<YearDecade> Decades)
{
    /// <summary>The most years shown as one run of links: two rows on a desktop, six on a phone.</summary>
    public const int MaxUngrouped = 12;

    /// <summary>Whether the years are grouped by decade (<see cref="Decades"/>) rather than listed in one run.</summary>
    public bool IsGrouped => Decades.Count > 0;

    /// <summary>The index of <paramref name="years"/> (newest first, as the list keeps them).</summary>
    public static YearIndex For(IReadOnlyList<PublicationYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count <= MaxUngrouped)
        {
            return new YearIndex(years, []);
        }
        var decades = years
            .GroupBy(y => y.Year - (y.Year % 10))
            .Select((decade, i) => new YearDecade(decade.Key, [.. decade], Open: i == 0))
            .ToList();
        return new YearIndex(years, decades);
    }
}

/// <summary>The years of one decade that have publications, newest first; <paramref name="Open"/> for the newest decade.</summary>
public sealed record YearDecade(int Start, IReadOnlyList<PublicationYear> Years, bool Open)
{
    /// <summary>The decade's name: <c>2020s</c>.</summary>
    public string Name => $"{Start}s";

    /// <summary>The years it holds: <c>2020–2026</c>, or one year alone.</summary>
    public string Range => Years.Count == 1 ? $"{Years[0].Year}" : $"{Years[^1].Year}–{Years[0].Year}";

    /// <summary>How many publications its years hold together.</summary>
    public int Count => Years.Sum(y => y.Count);
}
