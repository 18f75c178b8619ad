namespace Publications.Model;

/// <summary>
/// A long text of a <see cref="Publication"/>: either a string (a list just parsed) or a place in a records file's
/// text section (a list read back from disk, see <see cref="Storage.RecordFile"/>), read and decoded on each use
/// (a few microseconds for an abstract) so that a large list's texts take no memory of the process.
/// Equal when the texts are equal, however each is kept.
/// </summary>
internal readonly struct StoredText : IEquatable<StoredText>
{
    private readonly string? _text;
    private readonly Storage.TextFile? _file;
    private readonly long _offset;
    private readonly int _length;

    public StoredText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    public StoredText(Storage.TextFile file, long offset, int length)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        (_file, _offset, _length) = (file, offset, length);
    }

    /// <summary>The text (read from the file each time when kept there).</summary>
    public override string ToString() => _text ?? _file?.Read(_offset, _length) ?? "";

    public bool Equals(StoredText other) =>
        (_text is not null && ReferenceEquals(_text, other._text))
        || (_file is not null && ReferenceEquals(_file, other._file) && _offset == other._offset && _length == other._length)
        || string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is StoredText other && Equals(other);

    /// <summary>
    /// The same for every text: a text kept in a file would have to be read to be hashed, and equal texts kept
    /// the two ways must hash alike. A publication's other fields (year, ordinal, slug) spread its hash.
    /// </summary>
    public override int GetHashCode() => 0;
}
