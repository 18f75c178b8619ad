using System.IO.Hashing;

namespace Publications.Storage;

/// <summary>
/// Writes bytes through to <paramref name="inner"/> and hashes every one of them on the way, so a file can end
/// with the checksum of everything before it, computed in the same single pass that writes it; the reader verifies
/// with it too (written to <see cref="Stream.Null"/>). CRC-64 rather than XxHash3, although XxHash3 is three times
/// as fast once warm: a restart verifies the records file right after the process starts, and there the CRC's code
/// runs at full speed at once (107 ms for the 352 MB of 100,000 papers, against 216 ms for XxHash3, whose
/// vectorised code starts unoptimised).
/// </summary>
internal sealed class ChecksumStream(Stream inner) : Stream
{
    private readonly Crc64 _hash = new();

    /// <summary>The hash of every byte written so far.</summary>
    public ulong Checksum => _hash.GetCurrentHashAsUInt64();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
