using System.Buffers.Binary;
using System.Collections.Concurrent;
using Lucene.Net.Store;

namespace Publications.Search;

/// <summary>
/// A read-only view of an index folder whose files are read whole into memory the first time Lucene opens them
/// (only the files Lucene opens: the records file beside the index is never loaded). Every read is then an array
/// read: no system call, no lock and no per-clone buffer, where a file-backed input allocates its buffer in
/// every clone (a query clones an input per term and skip level) and makes a system call per buffer. Chosen by
/// <see cref="IndexFolder"/> for indexes up to <see cref="IndexFolder.MaxLoadedIndexBytes"/>; larger ones stay on
/// disk (<see cref="PositionalReadDirectory"/>).
/// </summary>
internal sealed class LoadedDirectory : BaseDirectory
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public LoadedDirectory(string folder)
    {
        _folder = folder;
        SetLockFactory(NoLockFactory.GetNoLockFactory());
    }

    public override string[] ListAll()
    {
        EnsureOpen();
        return [.. System.IO.Directory.EnumerateFiles(_folder).Select(Path.GetFileName).OfType<string>()];
    }

    [Obsolete("Lucene's own: removed in 5.0.")]
    public override bool FileExists(string name) => File.Exists(PathOf(name));

    public override long FileLength(string name)
    {
        EnsureOpen();
        return _files.TryGetValue(name, out var data) ? data.LongLength : new FileInfo(PathOf(name)).Length;
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var data = Load(name);
        return new ArrayIndexInput($"ArrayIndexInput(path=\"{PathOf(name)}\")", data, 0, data.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(PathOf(name), Load(name));
    }

    public override void DeleteFile(string name) => throw ReadOnly();

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void Sync(ICollection<string> names) => throw ReadOnly();

    protected override void Dispose(bool disposing)
    {
        IsOpen = false;
        _files.Clear();
    }

    private byte[] Load(string name) => _files.GetOrAdd(name, n => File.ReadAllBytes(PathOf(n)));

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static NotSupportedException ReadOnly() => new("A loaded index is read-only: indexes are built in a PositionalReadDirectory.");

    private sealed class Slicer(string path, byte[] data) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > data.Length)
            {
                throw new EndOfStreamException($"The slice {offset}:{offset + length} lies outside {path} ({data.Length} bytes).");
            }
            return new ArrayIndexInput($"ArrayIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", data, (int)offset, (int)length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, data.Length);

        protected override void Dispose(bool disposing)
        {
            // The data belongs to the directory.
        }
    }

    /// <summary>An input over part of a byte array. Clones copy three ints; nothing is allocated per read.</summary>
    private sealed class ArrayIndexInput(string description, byte[] data, int start, int length) : IndexInput(description)
    {
        private int _position;

        public override long Length => length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length)
            {
                throw new EndOfStreamException($"Seek to {pos} outside {this} ({length} bytes).");
            }
            _position = (int)pos;
        }

        public override byte ReadByte()
        {
            if (_position >= length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            return data[start + _position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            Buffer.BlockCopy(data, start + Take(len), b, offset, len);
        }

        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(start + Take(2), 2));

        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(start + Take(4), 4));

        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(start + Take(8), 8));

        public override int ReadVInt32()
        {
            // Lucene's variable-length int: seven bits a byte, high bit set while more follow, at most five bytes.
            var i = 0;
            for (var shift = 0; shift < 28; shift += 7)
            {
                var b = ReadByte();
                i |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return i;
                }
            }
            var last = ReadByte();
            if ((last & 0xF0) != 0)
            {
                throw new IOException("Invalid VInt32 detected (too many bits)");
            }
            return i | (last << 28);
        }

        public override long ReadVInt64()
        {
            // As ReadVInt32, at most nine bytes (the ninth byte carries eight bits).
            var i = 0L;
            for (var shift = 0; shift < 56; shift += 7)
            {
                var b = ReadByte();
                i |= (b & 0x7FL) << shift;
                if (b < 0x80)
                {
                    return i;
                }
            }
            var last = ReadByte();
            if (last >= 0x80)
            {
                throw new IOException("Invalid VInt64 detected (negative values disallowed)");
            }
            return i | ((long)last << 56);
        }

        protected override void Dispose(bool disposing)
        {
            // Nothing to close: the array belongs to the directory.
        }

        /// <summary>Moves past <paramref name="count"/> bytes and gives where they start, or throws at the end of the input.</summary>
        private int Take(int count)
        {
            if (count < 0 || count > length - _position)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            var at = _position;
            _position += count;
            return at;
        }
    }
}
