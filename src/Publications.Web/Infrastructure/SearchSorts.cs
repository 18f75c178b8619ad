using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>Reads the <c>sort</c> parameter: relevance (also when absent), newest or oldest.</summary>
public static class SearchSorts
{
    public static bool TryParse(string? text, out SearchSort sort)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                sort = SearchSort.Relevance;
                return true;
            case "newest":
                sort = SearchSort.Newest;
                return true;
            case "oldest":
                sort = SearchSort.Oldest;
                return true;
            default:
                sort = SearchSort.Relevance;
                return false;
        }
    }
}
