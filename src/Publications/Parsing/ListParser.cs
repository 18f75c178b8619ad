using System.Globalization;
using Publications.Model;

namespace Publications.Parsing;

/// <summary>
/// Reads a publication list (format: DESIGN §1) into an immutable <see cref="PublicationList"/>.
/// Never throws for bad input: every problem becomes a <see cref="ListError"/> with its line.
/// Stateless and thread-safe.
/// </summary>
public static class ListParser
{
    /// <summary>Reads and parses the file at <paramref name="path"/>; I/O problems are reported as errors on line 1.</summary>
    public static ParseResult ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path,
            (lines, hash) => Parse(lines, path) with { ContentHash = hash() },
            Failed);
    }

    /// <summary>
    /// Reads and parses the file at <paramref name="path"/>, handing each publication to <paramref name="sink"/> as
    /// soon as it is made (on the calling thread; within a year in file order, years as their headings come), so a
    /// large list never has all its texts in memory at once. With errors the sink got only some publications and
    /// the caller discards them.
    /// </summary>
    internal static StreamedList ParseFile(string path, Action<Publication> sink)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sink);
        // What the sink throws (an index that cannot be written, say) is the sink's problem, not the list file's.
        Exception? sinkFailure = null;
        return ReadFile(path,
            (lines, hash) => Parse(lines, path, publication =>
            {
                try
                {
                    sink(publication);
                }
                catch (Exception e)
                {
                    sinkFailure = e;
                    throw;
                }
            }) with { ContentHash = hash() },
            error => new StreamedList(null, null, 0, 0, [error], []),
            e => ReferenceEquals(e, sinkFailure));
    }

    /// <summary>As <see cref="ParseFile(string, Action{Publication})"/>, for already-decoded text (tests).</summary>
    internal static StreamedList Parse(TextReader reader, string path, Action<Publication> sink) =>
        Parse(Utf8LineReader.ReadLines(reader), path, sink);

    /// <summary>Opens the file and parses its lines, hashing them in the same read; I/O problems become an error on line 1.</summary>
    private static T ReadFile<T>(string path, Func<IEnumerable<SourceLine>, Func<string>, T> parse, Func<ListError, T> failed, Func<Exception, bool>? notReading = null)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            using var hashing = new HashingStream(file);
            return parse(Utf8LineReader.ReadLines(hashing), hashing.Hex);
        }
        catch (Exception e) when ((e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException) && notReading?.Invoke(e) != true)
        {
            var problem = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the list file does not exist",
                _ => $"cannot read the list file: {e.Message}",
            };
            return failed(new ListError(path, 1, problem));
        }
    }

    /// <summary>
    /// The file's <see cref="ParseResult.ContentHash"/> without parsing it (one quick read): what a restart looks up
    /// its persisted index by. Null when the file cannot be read (parsing it then reports why). CRC-64, not a
    /// cryptographic hash: it only tells an unchanged list from a changed one (the list is the operator's own file,
    /// nobody forges a collision against it). Chosen for a process that has just started: a restart hashes the list
    /// before anything else, and CRC-64's code runs at full speed at once (82 ms for 164 MB), where XxHash128's
    /// vectorised code runs unoptimised until the JIT tiers it up (202 ms; 40 ms once warm) and SHA-256 took 0.15 s.
    /// </summary>
    public static string? ContentHashOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // The same hashing the parse does as it reads (HashingStream), so the two always agree.
            using var hashing = new HashingStream(file);
            hashing.CopyTo(Stream.Null, 1 << 20);
            return hashing.Hex();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Parses UTF-8 bytes (BOM optional, LF or CRLF); invalid UTF-8 is an error on its line.</summary>
    public static ParseResult Parse(Stream stream, string path) => Parse(Utf8LineReader.ReadLines(stream), path);

    /// <summary>Parses already-decoded text (in-memory lists and tests).</summary>
    public static ParseResult Parse(TextReader reader, string path) => Parse(Utf8LineReader.ReadLines(reader), path);

    private static StreamedList Parse(IEnumerable<SourceLine> lines, string path, Action<Publication> sink) =>
        Accept(lines, new ParserState(path, sink)).FinishStreamed();

    private static ParseResult Parse(IEnumerable<SourceLine> lines, string path) => Accept(lines, new ParserState(path)).Finish();

    private static ParserState Accept(IEnumerable<SourceLine> lines, ParserState state)
    {
        foreach (var line in lines)
        {
            state.Accept(line);
        }
        return state;
    }

    private static ParseResult Failed(ListError error) => new(null, [error], []);

    /// <summary>True when a trimmed line is a year heading: exactly four ASCII digits.</summary>
    internal static bool IsYearHeading(string trimmed) => trimmed.Length == 4 && trimmed.All(char.IsAsciiDigit);

    internal static int ParseYear(string trimmed) => int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
}
