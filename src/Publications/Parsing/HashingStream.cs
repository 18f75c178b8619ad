using System.IO.Hashing;

namespace Publications.Parsing;

/// <summary>
/// A read-only pass-through that hashes what is read (CRC-64, see <see cref="ListParser.ContentHashOf"/> for why), so
/// a file is hashed in the same single read that parses it. The one definition of a list's content hash.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly Crc64 _hash = new();

    /// <summary>The <see cref="ListParser.ContentHashOf"/> of everything read so far.</summary>
    public string Hex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        _hash.Append(buffer.AsSpan(offset, read));
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

}
