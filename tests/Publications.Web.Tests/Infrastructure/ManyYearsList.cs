using System.Globalization;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>
/// A list spanning 52 years (1975–2026, without 1990), two papers a year: the shape of a lab's or a department's list,
/// which the shipped list (four years) never shows.
/// </summary>
public static class ManyYearsList
{
    /// <summary>The list's years, newest first.</summary>
    public static IReadOnlyList<int> Years { get; } = [.. Enumerable.Range(1975, 52).Reverse().Where(y => y != 1990)];

    public static string Text => string.Join('\n', [
        "Quentin Quoll", "",
        .. Years.SelectMany(year => new[] { Year(year), Abstract(year, 1), Abstract(year, 2) })]) + "\n";

    /// <summary>Writes the list to a new temporary file and returns its path.</summary>
    public static string WriteTemporaryFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"publications-many-years-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Text);
        return path;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Abstract(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"Quoll Census {year}-{number}: we count the quolls of {year} in transect {number}.");
}
