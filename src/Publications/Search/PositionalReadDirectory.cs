using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;
using Publications.Storage;

namespace Publications.Search;

/// <summary>
/// A file-system directory whose inputs read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// <c>pread</c>) and never take a lock. <see cref="NIOFSDirectory"/> in beta00017 serialises every read of a file behind
/// one lock on its stream, which under parallel searches was the largest cost after scoring (a quarter of the time
/// under 64 connections at 100,000 papers); <see cref="MMapDirectory"/> is avoided for its crashes (lucenenet#1151,
/// #1013). Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
internal sealed class PositionalReadDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalIndexInput($"PositionalIndexInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle), context, owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), context);
    }

    /// <summary>Slices of one file (a compound file's parts), all reading through the slicer's handle.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})",
                handle, offset, length, context, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads <c>length</c> bytes of a file from <c>offset</c>. Clones (one per term a query reads) share the handle:
    /// positional reads keep no shared position, so they never interfere. Only the input that opened the handle closes it.
    /// </summary>
    private sealed class PositionalIndexInput : BufferedIndexInput
    {
        /// <summary>
        /// Bytes read per system call. Lucene's default (1 KB) made a common word's postings dozens of reads; 8 KB
        /// cut the index's share of an uncached search at 100,000 papers from 1.13 to 0.95 ms, for 8 KB allocated by
        /// every clone that reads (a query clones an input per term and skip level).
        /// </summary>
        private const int ReadBufferSize = 8192;

        private readonly SafeFileHandle _handle;
        private readonly long _offset;
        private readonly long _length;
        private bool _owner;

        public PositionalIndexInput(string description, SafeFileHandle handle, long offset, long length, IOContext context, bool owner)
            : base(description, Math.Max(ReadBufferSize, GetBufferSize(context)))
        {
            (_handle, _offset, _length, _owner) = (handle, offset, length, owner);
        }

        public override long Length => _length;

        public override object Clone()
        {
            var clone = (PositionalIndexInput)base.Clone();
            clone._owner = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position;
            if (position + length > _length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            PositionalRead.Exactly(_handle, b.AsSpan(offset, length), _offset + position);
        }

        protected override void SeekInternal(long pos)
        {
            // Nothing to move: every read names its position.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _owner)
            {
                _handle.Dispose();
            }
        }
    }
}
