using System.Buffers;
using System.Text;

namespace Publications.Parsing;

/// <summary>One line of a list file: its 1-based number and text, or null text when its bytes are not valid UTF-8.</summary>
internal readonly record struct SourceLine(int Number, string? Text);

/// <summary>
/// Splits a UTF-8 stream into lines (LF or CRLF) and decodes each strictly, so that invalid UTF-8 is
/// reported on the line where it occurs. A <see cref="StreamReader"/> cannot do that: it decodes in
/// blocks and would fail lines ahead of the bad bytes. Reads the stream once, streaming.
/// </summary>
internal static class Utf8LineReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<SourceLine> ReadLines(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var pending = new ArrayBufferWriter<byte>(4096);
        var buffer = new byte[64 * 1024];
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0)
            {
                pending.Write(buffer.AsSpan(start, newline - start));
                yield return Decode(pending.WrittenSpan, ++number);
                pending.ResetWrittenCount();
                start = newline + 1;
            }
            pending.Write(buffer.AsSpan(start, read - start));
        }
        if (pending.WrittenCount > 0)
        {
            yield return Decode(pending.WrittenSpan, ++number);
        }
    }

    private static SourceLine Decode(ReadOnlySpan<byte> bytes, int number)
    {
        if (number == 1 && bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }
        try
        {
            return new SourceLine(number, Strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return new SourceLine(number, null);
        }
    }

    /// <summary>Lines of already-decoded text (tests, in-memory lists); a leading BOM character is dropped.</summary>
    public static IEnumerable<SourceLine> ReadLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            yield return new SourceLine(number, number == 1 ? line.TrimStart('\uFEFF') : line);
        }
    }
}
