using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Storage;

/// <summary>
/// A parsed list (its records, derived text included, and its warnings) saved in one binary file beside its
/// persisted index, so a restart on an unchanged list reads it back instead of parsing and deriving every
/// abstract again (the derivation is most of a large list's start-up). The file ends with the CRC-64 of every
/// byte before it: a truncated or altered file is never read back as a list, the caller parses the list instead.
/// </summary>
/// <remarks>
/// Layout, little-endian: magic and format version; the text section (every abstract and plain text, UTF-8,
/// back to back, in the order the publications were written); the record section, with strings as
/// <see cref="BinaryWriter"/> writes them (owner, subtitle, warnings as line and problem, the number of
/// publications, then each publication, in the same order, as year, line, abstract length, headline, slug,
/// plain-text length + 1 or 0 for a plain text that is the abstract itself (not written again), links as href,
/// kind and label); the record section's offset; the checksum. Ordinals and text
/// offsets are implied by the order (file order within a year; a year's publications need not be adjacent, so a
/// list is written as it is parsed, see <see cref="RecordWriter"/>). Reading back touches only the small
/// record section: the texts stay in the file and are read when shown (<see cref="TextFile"/>), so a restart
/// neither copies nor holds a large list's text.
/// </remarks>
internal static class RecordFile
{
    /// <summary>The file's name inside an index folder.</summary>
    public const string FileName = "publications.records";

    internal const uint Magic = 0x43455250; // "PREC"

    /// <summary>Bumped whenever the layout or what is derived changes, so an old file is parsed again rather than misread.</summary>
    internal const int FormatVersion = 5;

    /// <summary>Magic and version.</summary>
    internal const int HeaderLength = 2 * sizeof(int);

    /// <summary>The record section's offset and the checksum.</summary>
    private const int FooterLength = 2 * sizeof(long);

    internal const int BufferSize = 1 << 20;

    /// <summary>Writes <paramref name="list"/> and <paramref name="warnings"/> to a new file at <paramref name="path"/>.</summary>
    public static void Write(string path, PublicationList list, IReadOnlyList<ListError> warnings)
    {
        using var writer = new RecordWriter(path);
        foreach (var publication in list.All)
        {
            writer.Add(publication);
        }
        writer.Complete(list.Owner, list.Subtitle, warnings);
    }

    /// <summary>
    /// The list and warnings in the file at <paramref name="path"/> (warnings name <paramref name="listPath"/>),
    /// or null when the file is missing, of another format version, truncated or damaged. The list's texts are
    /// read from the file whenever they are used, so it must not be changed in place while the list is in use
    /// (index folders never are: they are only ever replaced or deleted whole).
    /// </summary>
    public static (PublicationList List, IReadOnlyList<ListError> Warnings)? TryRead(string path, string listPath) =>
        TryRead(path, listPath, out _);

    /// <summary>As <see cref="TryRead(string, string)"/>, saying why when it gives null: a phrase for a log line.</summary>
    public static (PublicationList List, IReadOnlyList<ListError> Warnings)? TryRead(string path, string listPath, out string? problem)
    {
        SafeFileHandle? handle = null;
        try
        {
            // Delete shared: the folder can be pruned or replaced while a list still reads its texts from here.
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var payload = RandomAccess.GetLength(handle) - sizeof(ulong);
            if (payload < HeaderLength + sizeof(long))
            {
                problem = "the records file is truncated";
                return null;
            }
            // The checksum covers every byte, texts included: verified on the other core while the records are read.
            var fileHandle = handle;
            var verifying = Task.Run(() => Checksum(fileHandle, payload));
            (PublicationList, IReadOnlyList<ListError>) read;
            try
            {
                read = ReadRecords(handle, payload, listPath);
            }
            finally
            {
                // Never close the handle under the other thread's feet; its outcome is looked at below.
                ((IAsyncResult)verifying).AsyncWaitHandle.WaitOne();
            }
            var checksum = ReadAt(handle, payload, sizeof(ulong));
            if (verifying.GetAwaiter().GetResult() != BinaryPrimitives.ReadUInt64LittleEndian(checksum))
            {
                problem = "the records file fails its checksum";
                return null;
            }
            handle = null;
            problem = null;
            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or FormatException or OverflowException or InvalidDataException)
        {
            // Missing, unreadable or damaged (a count or length out of range, duplicate slugs): parse the list instead.
            problem = e switch
            {
                OtherFormatException => $"the records file {e.Message}",
                InvalidDataException => $"the records file is damaged: {e.Message}",
                _ => $"the records file cannot be read: {e.Message}",
            };
            return null;
        }
        finally
        {
            handle?.Dispose();
        }
    }

    /// <exception cref="IOException">The file is not records of this format (<see cref="OtherFormatException"/>).</exception>
    /// <exception cref="InvalidDataException">The records are damaged: the message says how.</exception>
    private static (PublicationList, IReadOnlyList<ListError>) ReadRecords(SafeFileHandle handle, long payload, string listPath)
    {
        var header = ReadAt(handle, 0, HeaderLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new OtherFormatException("does not start as a records file");
        }
        // Checked before the checksum is looked at: an older app's file says so, rather than "damaged".
        var version = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(sizeof(int)));
        if (version != FormatVersion)
        {
            throw new OtherFormatException($"is of format {version}, and this version of the app reads format {FormatVersion}");
        }
        var recordsAt = BinaryPrimitives.ReadInt64LittleEndian(ReadAt(handle, payload - sizeof(long), sizeof(long)));
        var recordsEnd = payload - sizeof(long);
        if (recordsAt < HeaderLength || recordsAt > recordsEnd || recordsEnd - recordsAt > Array.MaxLength)
        {
            throw new InvalidDataException($"its record section's offset {recordsAt} is out of range");
        }
        var records = ReadAt(handle, recordsAt, (int)(recordsEnd - recordsAt));
        using var reader = new BinaryReader(new MemoryStream(records, writable: false), Encoding.UTF8);
        var texts = new TextSection(new TextFile(handle), HeaderLength, recordsAt);
        var read = ReadList(reader, texts, listPath, records.Length);
        // Every text accounted for and every record byte read: anything else is a damaged file.
        return texts.Complete && reader.BaseStream.Position == records.Length
            ? read
            : throw new InvalidDataException("its records do not account for every byte of it");
    }

    private static (PublicationList, IReadOnlyList<ListError>) ReadList(BinaryReader reader, TextSection texts, string listPath, long limit)
    {
        var owner = reader.ReadString();
        var subtitle = reader.ReadString();
        var warnings = new ListError[Count(reader, limit)];
        for (var i = 0; i < warnings.Length; i++)
        {
            warnings[i] = new ListError(listPath, reader.ReadInt32(), reader.ReadString());
        }
        // Records come in the order they were written (file order within each year, years interleaved as the
        // list's headings were): each year's ordinals count up in that order.
        var years = new Dictionary<int, List<Publication>>();
        var count = Count(reader, limit);
        for (var i = 0; i < count; i++)
        {
            var year = reader.ReadInt32();
            if (!years.TryGetValue(year, out var publications))
            {
                years.Add(year, publications = []);
            }
            publications.Add(ReadPublication(reader, texts, year, publications.Count + 1, limit));
        }
        return (new PublicationList(owner, subtitle, years.Select(y => new PublicationYear(y.Key, y.Value.ToArray()))), warnings);
    }

    private static Publication ReadPublication(BinaryReader reader, TextSection texts, int year, int ordinal, long limit)
    {
        var line = reader.ReadInt32();
        var abstractText = texts.Next(reader.Read7BitEncodedInt());
        var headline = reader.ReadString();
        var slug = reader.ReadString();
        var plainLength = reader.Read7BitEncodedInt();
        var plainText = plainLength == 0 ? abstractText : texts.Next(plainLength - 1);
        var links = new PublicationLink[Count(reader, limit)];
        for (var i = 0; i < links.Length; i++)
        {
            var href = reader.ReadString();
            var kind = (LinkKind)reader.ReadByte();
            if (!Enum.IsDefined(kind))
            {
                throw new InvalidDataException($"Unknown link kind {kind}.");
            }
            links[i] = new PublicationLink(href, kind, reader.ReadString());
        }
        return new Publication(year, ordinal, line, abstractText, headline, slug, plainText, links);
    }

    /// <summary>A count read from the file: never more than the bytes there are, so damage cannot ask for a huge array.</summary>
    private static int Count(BinaryReader reader, long limit)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= limit ? count : throw new InvalidDataException($"Count {count} out of range.");
    }

    private static byte[] ReadAt(SafeFileHandle handle, long offset, int length)
    {
        var bytes = new byte[length];
        PositionalRead.Exactly(handle, bytes, offset);
        return bytes;
    }

    /// <summary>The checksum of the file's first <paramref name="length"/> bytes, as the writer's <see cref="ChecksumStream"/> computed it.</summary>
    private static ulong Checksum(SafeFileHandle handle, long length)
    {
        using var hash = new ChecksumStream(Stream.Null);
        var buffer = new byte[BufferSize];
        for (long offset = 0; offset < length; offset += buffer.Length)
        {
            var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - offset));
            PositionalRead.Exactly(handle, chunk, offset);
            hash.Write(chunk);
        }
        return hash.Checksum;
    }

    /// <summary>A file that is not records of this format: sound, perhaps, but not for this version to read.</summary>
    private sealed class OtherFormatException(string message) : IOException(message);

    /// <summary>Hands out the texts of the text section in order, each where the one before it ended.</summary>
    private sealed class TextSection(TextFile file, long start, long end)
    {
        private long _next = start;

        /// <summary>True once the texts handed out fill the section exactly.</summary>
        public bool Complete => _next == end;

        public StoredText Next(int length)
        {
            if (length < 0 || length > end - _next)
            {
                throw new InvalidDataException($"Text length {length} out of range.");
            }
            var text = new StoredText(file, _next, length);
            _next += length;
            return text;
        }
    }
}
