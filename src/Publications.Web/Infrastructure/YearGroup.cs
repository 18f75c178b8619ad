using Publications.Model;

namespace Publications.Web.Infrastructure;

/// <summary>Publications of one year shown together on a page; <see cref="Continued"/> when the year began on an earlier page.</summary>
public sealed record YearGroup(int Year, int YearCount, bool Continued, IReadOnlyList<Publication> Publications)
{
    /// <summary>
    /// Groups one page of <paramref name="publications"/> (already ordered newest year first) by year. Only that
    /// page's items are touched, so a list of any size renders one page's worth of work.
    /// </summary>
    public static IReadOnlyList<YearGroup> ForPage(PublicationList list, IReadOnlyList<Publication> publications, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(publications);
        var start = (long)(page - 1) * pageSize;
        if (start >= publications.Count)
        {
            return [];
        }
        var slice = Enumerable.Range((int)start, Math.Min(pageSize, publications.Count - (int)start)).Select(i => publications[i]);
        return [.. slice.GroupBy(p => p.Year).Select(g => new YearGroup(g.Key, list.FindYear(g.Key)?.Count ?? 0, g.First().Ordinal > 1, [.. g]))];
    }
}
