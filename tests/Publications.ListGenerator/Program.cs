using System.Globalization;
using System.Text;
using Publications.ListGenerator;

// Writes a synthetic publication list for benchmarks and load tests, e.g.
//   dotnet run -c Release --project tests/Publications.ListGenerator -- --count 100000 --seed 42 --out /tmp/pubs-100k.txt
// (--out - writes to standard output). Same arguments, same bytes.
try
{
    var (options, output) = GeneratorArguments.Parse(args);
    var generator = new PublicationListGenerator(options);
    if (output == "-")
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        generator.Write(stdout);
        return 0;
    }
    var started = TimeProvider.System.GetTimestamp();
    generator.WriteFile(output);
    var elapsed = TimeProvider.System.GetElapsedTime(started);
    var megabytes = new FileInfo(output).Length / 1048576.0;
    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
        $"Wrote {options.Count} publications (seed {options.Seed}) to {Path.GetFullPath(output)}: {megabytes:0.0} MB in {elapsed.TotalSeconds:0.0} s"));
    return 0;
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"list generator: {e.Message}");
    await Console.Error.WriteLineAsync(GeneratorArguments.Usage);
    return 2;
}
