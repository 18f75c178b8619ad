using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Publications.Storage;

/// <summary>
/// The text section of a <see cref="RecordFile"/>, open for reading at any offset from any thread. The texts
/// stay in the file (the operating system's page cache keeps them warm), so a list read back costs almost no
/// memory for its abstracts. The handle is a <see cref="SafeFileHandle"/> held for as long as any publication
/// can still read through it and closed by its own finalizer once none can: disposing it while a page still
/// renders a paper would break that page, and nothing can know when the last publication is let go.
/// </summary>
internal sealed class TextFile(SafeFileHandle handle)
{
    /// <summary>Texts up to this many bytes are read into the stack, longer ones into a pooled array.</summary>
    private const int StackLimit = 4096;

    /// <summary>The UTF-8 text of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public string Read(long offset, int length)
    {
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var bytes = buffer[..length];
            PositionalRead.Exactly(handle, bytes, offset);
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
