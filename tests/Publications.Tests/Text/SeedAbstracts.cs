namespace Publications.Tests.Text;

/// <summary>The shipped list's abstracts, read directly (not through the parser) so Text tests stand alone.</summary>
internal static class SeedAbstracts
{
    private static readonly Lazy<IReadOnlyList<SeedAbstract>> Loaded = new(Load);

    public static IReadOnlyList<SeedAbstract> All => Loaded.Value;

    public static string Get(int year, int ordinal) => All.Single(a => a.Year == year && a.Ordinal == ordinal).Text;

    /// <summary>The abstract containing <paramref name="fragment"/> (there must be exactly one).</summary>
    public static string Containing(string fragment) => All.Single(a => a.Text.Contains(fragment, StringComparison.Ordinal)).Text;

    private static List<SeedAbstract> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "biqing-qi.txt");
        var result = new List<SeedAbstract>();
        var year = 0;
        foreach (var raw in File.ReadLines(path).Skip(1))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (line.Length == 4 && line.All(char.IsAsciiDigit))
            {
                year = int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            var ordinal = result.Count(a => a.Year == year) + 1;
            result.Add(new SeedAbstract(year, ordinal, line));
        }
        return result;
    }
}

internal sealed record SeedAbstract(int Year, int Ordinal, string Text);
