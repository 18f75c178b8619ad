using System.Globalization;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Counts as the pages say them: grouped in thousands the English way (<c>100,000 publications</c>), whatever the
/// server's culture, since every page is in English.
/// </summary>
public static class Counts
{
    /// <summary><paramref name="value"/> with its thousands grouped: <c>1,001</c>.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> and the noun that goes with it: <c>1 publication matches</c>, <c>1,001 publications match</c>.</summary>
    public static string Of(int value, string one, string many) => $"{Number(value)} {(value == 1 ? one : many)}";

    /// <summary>What most counts count: <c>1 publication</c>, <c>100,000 publications</c>.</summary>
    public static string Publications(int value) => Of(value, "publication", "publications");

    /// <summary>A pager's length: <c>1 page</c>, <c>2,000 pages</c>.</summary>
    public static string Pages(int value) => Of(value, "page", "pages");
}
