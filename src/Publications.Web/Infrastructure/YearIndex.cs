using Publications.Model;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Links by year with their counts: the home page's year pages, the 404 page's, and the search page's narrowing by
/// year. A few years get one run of links. A list that spans many years (a lab's or a department's: the generated
/// lists span 52) groups them by decade, as disclosure widgets (<c>details</c>): one decade open, the others folded
/// under their name, range and count. Without that, a phone scrolls past 26 rows of year links before the first
/// paper or the first result.
/// </summary>
public sealed record YearIndex(IReadOnlyList<YearCount> Years, IReadOnlyList<YearDecade> Decades)
{
    /// <summary>The most years shown as one run of links: two rows on a desktop, six on a phone.</summary>
    public const int MaxUngrouped = 12;

    /// <summary>Whether the years are grouped by decade (<see cref="Decades"/>) rather than listed in one run.</summary>
    public bool IsGrouped => Decades.Count > 0;

    /// <summary>The index of a list's years (newest first, as the list keeps them).</summary>
    public static YearIndex For(IReadOnlyList<PublicationYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return For([.. years.Select(y => new YearCount(y.Year, y.Count))]);
    }

    /// <summary>
    /// The index of <paramref name="years"/> (newest first). When <paramref name="narrowing"/> lies within one decade
    /// that is there (a search narrowed to a year or a decade: its counts cover every year), that decade is the open
    /// one, so the narrowing in effect shows; else the newest.
    /// </summary>
    public static YearIndex For(IReadOnlyList<YearCount> years, YearRange? narrowing = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count <= MaxUngrouped)
        {
            return new YearIndex(years, []);
        }
        var groups = years.GroupBy(y => YearDecade.StartOf(y.Year)).ToList();
        var open = narrowing is { } range && YearDecade.StartOf(range.From) == YearDecade.StartOf(range.To) && groups.Exists(g => g.Key == YearDecade.StartOf(range.From))
            ? YearDecade.StartOf(range.From)
            : groups[0].Key;
        return new YearIndex(years, [.. groups.Select(g => new YearDecade(g.Key, [.. g], Open: g.Key == open))]);
    }
}

/// <summary>The years of one decade that have publications, newest first; <paramref name="Open"/> when shown unfolded.</summary>
public sealed record YearDecade(int Start, IReadOnlyList<YearCount> Years, bool Open)
{
    /// <summary>The decade's name: <c>2020s</c>.</summary>
    public string Name => $"{Start}s";

    /// <summary>The last year of the decade, whether or not it has publications: <c>2029</c>.</summary>
    public int End => Start + 9;

    /// <summary>The years it holds: <c>2020–2026</c>, or one year alone.</summary>
    public string Range => Years.Count == 1 ? $"{Years[0].Year}" : $"{Years[^1].Year}–{Years[0].Year}";

    /// <summary>How many publications its years hold together.</summary>
    public int Count => Years.Sum(y => y.Count);

    /// <summary>The first year of the decade <paramref name="year"/> is in.</summary>
    public static int StartOf(int year) => year - (year % 10);
}

/// <summary>
/// How a <see cref="YearIndex"/> is drawn: the CSS block its classes are named after (<c>year-index</c>,
/// <c>year-facets</c>), the address of a range of years, whether a range is the one in effect, whether each
/// decade also gets a link of its own (narrowing a search to it), and a link to put before all the others.
/// </summary>
public sealed record YearLinks(
    YearIndex Index, string Block, Func<int, int, string> Href, Func<int, int, bool> IsCurrent, bool DecadeLinks, (string Label, string Href)? Lead = null)
{
    /// <summary>Links to the year pages (<c>/2024</c>).</summary>
    public static YearLinks ToYearPages(IReadOnlyList<PublicationYear> years) =>
        new(YearIndex.For(years), "year-index", (from, _) => $"/{from}", (_, _) => false, DecadeLinks: false);
}
