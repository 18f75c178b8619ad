using Lucene.Net.Util;

namespace Publications.Search;

/// <summary>
/// Milliseconds since an arbitrary start, read from <see cref="Environment.TickCount64"/>: the clock of the
/// per-search time limit. Unlike Lucene's global counter it needs no background thread, so nothing is left running.
/// </summary>
internal sealed class SearchClock : Counter
{
    public override long Value => Environment.TickCount64;

    public override long AddAndGet(long delta) => throw new NotSupportedException("The search clock only tells the time.");
}
