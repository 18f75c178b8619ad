using Microsoft.Extensions.Options;
using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// The list being served and its index (DI singleton; the container disposes it). Loads at start-up, where a
/// broken list throws <see cref="ListLoadException"/> and stops the app. When <see cref="PublicationsOptions.WatchList"/>
/// is on, an edited list is parsed and indexed aside and swapped in atomically; a broken edit is logged and the
/// last good list keeps being served. Pages read <see cref="List"/>; searches go through <see cref="TrySearchAsync(SearchRequest, CancellationToken)"/>,
/// which holds the snapshot for the search's duration and lets new searches in through the <see cref="SearchGate"/>.
/// </summary>
public sealed partial class PublicationCatalog : IDisposable
{
    private readonly ILogger<PublicationCatalog> _logger;
    private readonly SearchGate _gate;
    private readonly ListWatcher? _watcher;
    private readonly string _indexPath;
    private readonly IndexerCommand? _indexer;
    private CatalogSnapshot _current;
    private int _version;

    public PublicationCatalog(IOptions<PublicationsOptions> options, SearchGate gate, ILogger<PublicationCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _gate = gate;
        var path = Path.GetFullPath(options.Value.ListPath);
        _indexPath = options.Value.IndexPath;
        _indexer = options.Value.SeparateIndexer ? IndexerProcess.ThisProgram() : null;
        _current = ListLoader.Load(path, _indexPath, _indexer, logger);
        if (options.Value.WatchList)
        {
            _watcher = new ListWatcher(path, TimeSpan.FromMilliseconds(options.Value.ReloadDelayMilliseconds), Reload);
        }
    }

    /// <summary>The snapshot being served now.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Counts the lists loaded so far: cached pages vary by it, so a reload can never serve a page of the old list.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>The list being served now.</summary>
    public PublicationList List => Current.List;

    /// <summary>The full path of the list file.</summary>
    public string ListPath => Current.ListPath;

    /// <summary>When the list file was last written (feeds' update time).</summary>
    public DateTimeOffset ListUpdated => Current.ListUpdated;

    /// <summary>Raised after an edited list has been swapped in.</summary>
    public event EventHandler? Reloaded;

    /// <summary>Raised when an edited list could not be loaded (the last good list stays); carries the problem.</summary>
    public event EventHandler<string>? ReloadFailed;

    /// <summary>
    /// Searches the current index, holding it so that a reload cannot dispose it mid-search. An answer in the index's
    /// cache comes back at once, marked <see cref="SearchAnswer.Remembered"/>; a new search first waits for its turn at
    /// the <see cref="SearchGate"/> when it is on. Null when too many searches are already waiting: the caller answers
    /// 503 with Retry-After.
    /// </summary>
    public async ValueTask<SearchAnswer?> TrySearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        using var lease = Acquire();
        return await TrySearchAsync(lease.Snapshot, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="TrySearchAsync(SearchRequest, CancellationToken)"/>, in a snapshot the caller holds a lease on.</summary>
    public async ValueTask<SearchAnswer?> TrySearchAsync(CatalogSnapshot snapshot, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var index = snapshot.Index;
        if (index.TryCached(request, out var cached))
        {
            return new SearchAnswer(cached, Remembered: true);
        }
        if (!_gate.IsOn)
        {
            return new SearchAnswer(index.Search(request), Remembered: false);
        }
        using var turn = await _gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        return turn.IsAcquired ? new SearchAnswer(index.Search(request), Remembered: false) : null;
    }

    /// <summary>A hold on the current snapshot; dispose it when done with the index.</summary>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.TryAcquire())
            {
                return new SnapshotLease(snapshot);
            }
            // Swapped and released between the read and the acquire: the next read sees the new snapshot.
        }
    }

    private void Reload()
    {
        try
        {
            var fresh = ListLoader.Load(ListPath, _indexPath, _indexer, _logger);
            var old = Interlocked.Exchange(ref _current, fresh);
            Interlocked.Increment(ref _version);
            old.Release();
            Reloaded?.Invoke(this, EventArgs.Empty);
        }
        catch (ListLoadException e)
        {
            LogReloadFailed(_logger, e.Message);
            ReloadFailed?.Invoke(this, e.Message);
        }
        catch (OperationCanceledException e)
        {
            // The indexer process was stopped, which happens when the app is: the last good list stays until then.
            LogReloadStopped(_logger, e.Message);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        Current.Release();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The edited list was not loaded: {Reason}; still serving the last good list")]
    private static partial void LogReloadStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The edited list was not loaded; still serving the last good list. {Problem}")]
    private static partial void LogReloadFailed(ILogger logger, string problem);
}
