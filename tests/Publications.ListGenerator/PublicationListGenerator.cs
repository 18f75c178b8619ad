using System.Text;

namespace Publications.ListGenerator;

/// <summary>
/// Writes a synthetic publication list in the shipped format (DESIGN §1): the owner line, a blank line,
/// then year headings, newest first, each followed by one abstract per line. Output is streamed line by
/// line, so a list of any size needs only one abstract in memory. Deterministic: the same
/// <see cref="GeneratorOptions"/> give the same text on every run and machine.
/// </summary>
public sealed class PublicationListGenerator(GeneratorOptions options)
{
    /// <summary>The fewest words an abstract has (split on spaces).</summary>
    public const int MinWords = 100;

    /// <summary>The most words an abstract has (split on spaces).</summary>
    public const int MaxWords = 350;

    /// <summary>Writes the whole list to <paramref name="writer"/> with LF line endings. The caller owns the writer.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        options.Validate();
        var composer = new AbstractComposer(new Random(options.Seed));
        writer.Write(options.Owner);
        writer.Write('\n');
        foreach (var (year, count) in YearPlan.Plan(options.Count, options.FirstYear, options.LastYear))
        {
            writer.Write('\n');
            writer.Write(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            writer.Write('\n');
            for (var i = 0; i < count; i++)
            {
                writer.Write(composer.Compose(year));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Writes the list to a file as UTF-8 without a BOM, replacing it only once it is complete.</summary>
    public void WriteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A temporary name first: an interrupted run never leaves a truncated list where a reader expects a whole one.
        var partial = $"{full}.{Environment.ProcessId}.partial";
        try
        {
            using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
            {
                Write(writer);
            }
            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The whole list as a string (small counts: tests).</summary>
    public string WriteToString()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer);
        return writer.ToString();
    }
}
