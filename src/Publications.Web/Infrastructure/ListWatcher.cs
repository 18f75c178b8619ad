namespace Publications.Web.Infrastructure;

/// <summary>
/// Watches one file and calls back once it has been quiet for a moment (editors write in bursts, or save by
/// writing a temporary file and renaming it over the original). The callback runs on the thread pool, never
/// twice at once.
/// </summary>
internal sealed class ListWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _quiet;
    private readonly TimeSpan _delay;
    private readonly Action _changed;
    private readonly Lock _running = new();

    public ListWatcher(string path, TimeSpan delay, Action changed)
    {
        _delay = delay;
        _changed = changed;
        _quiet = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Restart();
        _watcher.Created += (_, _) => Restart();
        _watcher.Renamed += (_, _) => Restart();
        _watcher.EnableRaisingEvents = true;
    }

    private void Restart() => _quiet.Change(_delay, Timeout.InfiniteTimeSpan);

    private void Fire()
    {
        lock (_running)
        {
            _changed();
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _quiet.Dispose();
    }
}
