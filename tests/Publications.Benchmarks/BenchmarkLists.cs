using Publications.ListGenerator;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Benchmarks;

/// <summary>
/// The lists benchmarks run on: 19 is the shipped list; any other size is generated once (seed 42) into
/// a temporary folder and reused, since BenchmarkDotNet runs every case in a new process.
/// </summary>
public static class BenchmarkLists
{
    /// <summary>The size that means "the shipped list".</summary>
    public const int Shipped = 19;

    /// <summary>The generator seed; the pinned-output test keeps lists of one seed comparable across runs.</summary>
    public const int Seed = 42;

    /// <summary>Sizes to run, from <c>PUBLICATIONS_BENCH_SIZES</c> (e.g. <c>19,10000</c>), else 19, 10,000 and 100,000.</summary>
    public static IEnumerable<int> Sizes()
    {
        var text = Environment.GetEnvironmentVariable(SizesVariable);
        return string.IsNullOrWhiteSpace(text)
            ? [Shipped, 10_000, 100_000]
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The environment variable that chooses sizes; inherited by BenchmarkDotNet's child processes.</summary>
    public const string SizesVariable = "PUBLICATIONS_BENCH_SIZES";

    /// <summary>The path of the list of <paramref name="size"/> publications, generating it if it is not there yet.</summary>
    public static string PathFor(int size)
    {
        if (size == Shipped)
        {
            return ShippedListPath();
        }
        var path = Path.Combine(Path.GetTempPath(), "publications-benchmarks", $"pubs-{size}-seed{Seed}.txt");
        if (!File.Exists(path))
        {
            // WriteFile renames a finished file into place, so a crashed run never leaves half a list here.
            new PublicationListGenerator(new GeneratorOptions(size, Seed)).WriteFile(path);
        }
        return path;
    }

    /// <summary>Parses the list of <paramref name="size"/> publications; throws if it has errors (a benchmark bug).</summary>
    public static PublicationList Load(int size)
    {
        var result = ListParser.ParseFile(PathFor(size));
        return result.List ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>
    /// The shipped list: copied beside the benchmarks, but BenchmarkDotNet runs a generated project from a
    /// folder below ours, so look upwards too (up to the repository's seeds/).
    /// </summary>
    private static string ShippedListPath() => FileAbove(Path.Combine("seeds", "biqing-qi.txt"));

    /// <summary>A file of the repository, found by its relative path in the folders above the running benchmark.</summary>
    public static string FileAbove(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relativePath} was not found above {AppContext.BaseDirectory}");
    }
}
