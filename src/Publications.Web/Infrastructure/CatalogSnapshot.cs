using Publications.Model;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// One loaded version of the list and its index. Reference-counted: the catalog holds one reference while the
/// snapshot is current, and each search holds one for its duration, so a reload never disposes an index that a
/// search in flight is still reading. The last release disposes the index.
/// </summary>
public sealed class CatalogSnapshot
{
    private int _references = 1;

    public CatalogSnapshot(string listPath, DateTimeOffset listUpdated, PublicationList list, PublicationIndex index)
    {
        ListPath = listPath;
        ListUpdated = listUpdated;
        List = list;
        Index = index;
    }

    public string ListPath { get; }

    public DateTimeOffset ListUpdated { get; }

    public PublicationList List { get; }

    public PublicationIndex Index { get; }

    /// <summary>Takes a reference unless the snapshot has already been released for good.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Index.Dispose();
        }
    }
}

/// <summary>A search's hold on a snapshot (like Examine's SearcherReference): dispose it to release.</summary>
public readonly struct SnapshotLease(CatalogSnapshot snapshot) : IDisposable
{
    public CatalogSnapshot Snapshot { get; } = snapshot;

    public void Dispose() => Snapshot?.Release();
}
