namespace Publications.Web.Infrastructure;

/// <summary>Where a paged list stands, and how to link to another of its pages.</summary>
/// <param name="Page">The current 1-based page.</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
/// <param name="UrlFor">The site-relative URL of a page.</param>
/// <param name="Label">What the pages are of, for the navigation's accessible name (e.g. "Publications pages").</param>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor, string Label)
{
    /// <summary>True when the current page lies past the last one.</summary>
    public bool IsPastEnd => Page > PageCount;

    /// <summary>Page numbers to show: first, last and the current page's neighbours; 0 marks a gap.</summary>
    public IReadOnlyList<int> Window()
    {
        var pages = new SortedSet<int> { 1, PageCount };
        for (var p = Math.Max(1, Page - 2); p <= Math.Min(PageCount, Page + 2); p++)
        {
            pages.Add(p);
        }
        var result = new List<int>();
        var previous = 0;
        foreach (var p in pages)
        {
            if (p - previous > 1)
            {
                result.Add(0);
            }
            result.Add(p);
            previous = p;
        }
        return result;
    }
}
