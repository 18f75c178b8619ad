namespace Publications.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the default).</summary>
    Relevance,
    /// <summary>Newest year first, file order within a year.</summary>
    Newest,
    /// <summary>Oldest year first, file order within a year.</summary>
    Oldest,
}

/// <summary>An inclusive range of years, e.g. 2023..2025; a single year has From == To.</summary>
public readonly record struct YearRange(int From, int To)
{
    /// <summary>Parses <c>2024</c> or <c>2023..2025</c> (either order); false for anything else.</summary>
    public static bool TryParse(string? text, out YearRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var parts = text.Trim().Split("..");
        if (parts.Length is < 1 or > 2 || !parts.All(IsYear))
        {
            return false;
        }
        var a = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        range = new YearRange(Math.Min(a, b), Math.Max(a, b));
        return true;
    }

    /// <summary>True when <paramref name="year"/> lies in the range.</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <inheritdoc />
    public override string ToString() => From == To
        ? From.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{From}..{To}";

    private static bool IsYear(string s) => s.Length == 4 && s.All(char.IsAsciiDigit);
}

/// <summary>One search as the user asked it. Values are clamped by the index, never trusted.</summary>
/// <param name="Query">The user's query text; null or blank means no search.</param>
/// <param name="Years">Narrows to these years (the <c>year=</c> parameter), or null.</param>
/// <param name="Sort">Result order.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="Exact">
/// True for "search instead for" the original: the query is never replaced by its spelling correction, though
/// a correction is still suggested (<see cref="Correction.Applied"/> false).
/// </param>
public sealed record SearchRequest(string? Query, YearRange? Years = null, SearchSort Sort = SearchSort.Relevance, int Page = 1,
    int PageSize = 10, bool Exact = false);
