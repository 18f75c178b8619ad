using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// A search's results, and whether they were remembered from an earlier asking: the index's answer cache had them,
/// which it only does for complete results (a search cut short by its time limit is never remembered).
/// </summary>
public readonly record struct SearchAnswer(SearchResults Results, bool Remembered);
