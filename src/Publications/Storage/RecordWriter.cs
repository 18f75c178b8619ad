using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Storage;

/// <summary>
/// Writes a <see cref="RecordFile"/> as its publications arrive, one at a time while the list is still being parsed:
/// each one's texts go to the file at once and its record (headline, slug, links) to a scratch file beside it, which
/// <see cref="Complete"/> appends as the record section, so neither a large list's texts nor its records (a third
/// of a gigabyte at a million papers) are held in memory. Owns both files until disposed and deletes the scratch
/// file; a file never completed is left unfinished for its folder to be deleted with it (a reader rejects it: it
/// has no footer). Not thread-safe: one thread adds.
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly ChecksumStream _checksummed;
    private readonly BufferedStream _texts;
    private readonly FileStream _scratch;
    private readonly BinaryWriter _records;
    private long _textEnd = RecordFile.HeaderLength;
    private bool _completed;

    /// <summary>Creates the file at <paramref name="path"/>; throws when one exists already.</summary>
    public RecordWriter(string path)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        _checksummed = new ChecksumStream(_file);
        _texts = new BufferedStream(_checksummed, RecordFile.BufferSize);
        try
        {
            _scratch = new FileStream(path + ".records-section", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch
        {
            _file.Dispose();
            throw;
        }
        _records = new BinaryWriter(new BufferedStream(_scratch, RecordFile.BufferSize), Encoding.UTF8, leaveOpen: true);
        Span<byte> header = stackalloc byte[RecordFile.HeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, RecordFile.Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[sizeof(int)..], RecordFile.FormatVersion);
        _texts.Write(header);
    }

    /// <summary>How many publications were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the next publication: within a year, in ordinal order (years may interleave).</summary>
    public void Add(Publication publication)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var abstractText = publication.Abstract;
        var plainText = publication.PlainText;
        _records.Write(publication.Year);
        _records.Write(publication.Line);
        _records.Write7BitEncodedInt(WriteText(abstractText));
        _records.Write(publication.Headline);
        _records.Write(publication.Slug);
        // Most abstracts hold no Markdown and are their own plain text (the same string, see PlainTextRenderer):
        // written once, with 0 here for "the abstract"; any other plain text is written with its length + 1.
        _records.Write7BitEncodedInt(string.Equals(plainText, abstractText, StringComparison.Ordinal) ? 0 : WriteText(plainText) + 1);
        _records.Write(publication.Links.Count);
        foreach (var link in publication.Links)
        {
            _records.Write(link.Href);
            _records.Write((byte)link.Kind);
            _records.Write(link.Label);
        }
        Count++;
    }

    /// <summary>Writes the record section and the footer after the texts, and flushes the file to disk.</summary>
    public void Complete(string owner, string? subtitle, IReadOnlyList<ListError> warnings)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _completed = true;
        using (var head = new BinaryWriter(_texts, Encoding.UTF8, leaveOpen: true))
        {
            head.Write(owner);
            head.Write(subtitle ?? "");
            head.Write(warnings.Count);
            foreach (var warning in warnings)
            {
                head.Write(warning.Line);
                head.Write(warning.Problem);
            }
            head.Write(Count);
            _records.Flush();
            _scratch.Position = 0;
            _scratch.CopyTo(_texts, RecordFile.BufferSize);
            head.Write(_textEnd);
        }
        _texts.Flush();
        Span<byte> checksum = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, _checksummed.Checksum);
        _file.Write(checksum);
        _file.Flush(flushToDisk: true);
        // The scratch file goes now, before the folder is marked complete and opened.
        _records.Dispose();
        _scratch.Dispose();
    }

    public void Dispose()
    {
        // Deleted as it closes (FileOptions.DeleteOnClose).
        _records.Dispose();
        _scratch.Dispose();
        // The buffered and checksumming layers do not own the file: it is closed on its own.
        _texts.Dispose();
        _file.Dispose();
    }

    private int WriteText(string text)
    {
        // Without a length: the record has it. Encoded once, into a pooled buffer, to know that length.
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            _texts.Write(bytes, 0, length);
            _textEnd += length;
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
