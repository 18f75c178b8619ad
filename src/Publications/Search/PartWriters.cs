using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Publications.Model;

namespace Publications.Search;

/// <summary>
/// Writes publications into one index part per directory given, each part by its own thread with its own reused
/// <see cref="PublicationDocument"/>, taking batches from one bounded queue as they come: the caller adds
/// publications while it is still parsing the list, so parsing, deriving and indexing run at once, and when
/// the indexing falls behind the caller waits instead of piling texts up in memory. <see cref="Complete"/> commits
/// every part; the caller then copies them into one index with
/// <see cref="IndexWriter.AddIndexes(Lucene.Net.Store.Directory[])"/>, which takes their segments as they are.
/// Analysis is most of the cost, hence a thread per part. One writer shared by all threads instead flushed every
/// thread's segment at the commit, one after the other on the committing thread: at 100,000 papers the other core
/// sat idle for a second and more. Here each part flushes its own, all at once. Document numbers follow no
/// particular order; nothing relies on them (every sort ends with year and ordinal). Committing per document
/// would be slow (lucenenet#933): each part commits once. The directories stay the caller's. One thread adds.
/// </summary>
internal sealed class PartWriters : IDisposable
{
    /// <summary>Publications handed to a part's thread at a time: large enough to keep the queue's overhead small.</summary>
    internal const int BatchSize = 256;

    private readonly BlockingCollection<Publication[]> _batches;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _parts;
    private readonly List<Publication> _next = new(BatchSize);
    private bool _completed;

    /// <param name="parts">One empty directory per part, written with a new index each.</param>
    /// <param name="analyzer">The analyzer the parts' writers are configured with (documents bring their own, see <see cref="PublicationDocument"/>).</param>
    public PartWriters(IReadOnlyList<Lucene.Net.Store.Directory> parts, Analyzer analyzer)
    {
        // A few batches per part queued: enough that no part's thread waits for the caller's next batch.
        _batches = new BlockingCollection<Publication[]>(boundedCapacity: 2 * parts.Count);
        _parts = [.. parts.Select(part => Task.Factory.StartNew(
            () => Write(part, IndexWriting.PartConfig(analyzer, parts.Count)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
    }

    /// <summary>Adds the next publication, in any order; waits while every part is busy and the queue is full.</summary>
    public void Add(Publication publication)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _next.Add(publication);
        if (_next.Count == BatchSize)
        {
            Post();
        }
    }

    /// <summary>Indexes what is left and commits every part; rethrows the first failure of any part.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        Post();
        _completed = true;
        _batches.CompleteAdding();
        WaitForParts();
    }

    /// <summary>Without <see cref="Complete"/>: stops every part's thread and rolls its part back.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _stop.Cancel();
            _batches.CompleteAdding();
            // The parts stop at their next batch; what they throw now is the abandonment itself, or the failure the
            // caller is already handling.
            Task.WaitAny([Task.WhenAll(_parts)]);
        }
        _batches.Dispose();
        _stop.Dispose();
    }

    private void Post()
    {
        if (_next.Count == 0)
        {
            return;
        }
        try
        {
            _batches.Add([.. _next], _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // A part failed and stopped the others: its own exception says why.
            WaitForParts();
            throw;
        }
        _next.Clear();
    }

    private void WaitForParts()
    {
        try
        {
            Task.WaitAll(_parts);
        }
        catch (AggregateException all)
        {
            var first = all.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? all.InnerExceptions[0];
            ExceptionDispatchInfo.Throw(first);
        }
    }

    private void Write(Lucene.Net.Store.Directory part, IndexWriterConfig config)
    {
        try
        {
            var writer = new IndexWriter(part, config);
            try
            {
                using var documents = new PublicationDocument();
                foreach (var batch in _batches.GetConsumingEnumerable(_stop.Token))
                {
                    foreach (var publication in batch)
                    {
                        writer.AddDocument(documents.For(publication), documents.Analyzer);
                    }
                }
                writer.Commit();
                writer.Dispose();
            }
            catch
            {
                // Nothing of an abandoned or failed part is committed (disposing would commit it).
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            // The other parts stop too, and the caller's next Add stops waiting for room in the queue.
            _stop.Cancel();
            throw;
        }
    }
}
