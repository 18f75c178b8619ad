using Microsoft.Win32.SafeHandles;

namespace Publications.Storage;

/// <summary>Positional reads (<c>pread</c>): no shared file position, so any number of threads can read one handle.</summary>
internal static class PositionalRead
{
    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/> of the file; throws when the file ends first.</summary>
    public static void Exactly(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read <= 0)
            {
                throw new EndOfStreamException($"The file ends before byte {offset + buffer.Length}.");
            }
            buffer = buffer[read..];
            offset += read;
        }
    }
}
