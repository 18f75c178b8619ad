using Publications.Parsing;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>Parses a list file and indexes it: the work of start-up and of every reload, with its timings logged.</summary>
internal static partial class ListLoader
{
    /// <summary>How often a list that keeps changing while it is read is read again before giving up.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// The loaded snapshot; throws <see cref="ListLoadException"/> when the list has errors (warnings are logged). A new
    /// index folder is built by <paramref name="indexer"/> (see <see cref="IndexerProcess"/>) when given, else here.
    /// </summary>
    public static CatalogSnapshot Load(string path, string indexPath, IndexerCommand? indexer, ILogger logger)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = TimeProvider.System.GetTimestamp();
            var hash = ListParser.ContentHashOf(path);
            if (IndexCache.FolderFor(indexPath, hash) is not { } folder)
            {
                // No cache folder (or the file cannot be read, which the parse reports): in memory.
                return Finish(path, indexPath, null, ParseAndIndex(path, logger, started));
            }
            // An unchanged list's index folder holds its records too: read back, nothing is parsed or derived.
            if (PublicationIndex.OpenStored(folder, path, out var discarded) is { } stored)
            {
                LogWarnings(logger, stored.Warnings);
                var opened = TimeProvider.System.GetElapsedTime(started);
                LogOpened(logger, stored.Index.Count, stored.Index.List.Years.Count, stored.Index.List.Owner, path, folder, (long)opened.TotalMilliseconds);
                return Finish(path, indexPath, folder, stored.Index);
            }
            if (discarded is not null)
            {
                // A restart that builds again takes as long as a first start: say why it does.
                LogDiscarded(logger, folder, discarded);
            }
            if (Build(path, folder, hash!, indexer, logger, started, lastAttempt: attempt == Attempts) is { } built)
            {
                return Finish(path, indexPath, folder, built);
            }
        }
    }

    /// <summary>
    /// Parses the list straight into its index folder, in the indexer process when there is one and the list is large
    /// enough for it to pay (see <see cref="IndexerProcess"/>), then serves it as a restart would (texts from the
    /// records file); null when the list changed while it was read (not on the last attempt, which reports it).
    /// </summary>
    private static PublicationIndex? Build(string path, string folder, string hash, IndexerCommand? indexer, ILogger logger, long started, bool lastAttempt)
    {
        var separate = indexer is not null && IndexerProcess.Pays(path) ? IndexerProcess.TryBuild(indexer, path, folder, hash, logger) : null;
        var build = separate ?? BuildHere(path, folder, hash);
        if (build.ListChanged && !lastAttempt)
        {
            LogChanged(logger, path);
            return null;
        }
        LogWarnings(logger, build.Warnings);
        if (!build.Built)
        {
            throw new ListLoadException(build.ListChanged
                ? [new ListError(path, 1, $"the list file kept changing while it was read ({Attempts} times); try again once it is saved")]
                : build.Errors);
        }
        var stored = PublicationIndex.OpenBuilt(folder, path);
        var total = TimeProvider.System.GetElapsedTime(started);
        var list = stored.Index.List;
        LogBuilt(logger, list.Count, list.Years.Count, list.Owner, path, (long)build.Parsing.TotalMilliseconds, folder,
            separate is null ? "this process" : "the indexer process", (long)(total - build.Parsing).TotalMilliseconds);
        return stored.Index;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static FolderBuildResult BuildHere(string path, string folder, string hash)
    {
        var build = PublicationIndex.BuildFolder(path, folder, hash);
        // The build's buffers are unreachable now that it has returned: give their memory back at once.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return build;
    }

    /// <summary>Parses the list and indexes it in memory.</summary>
    private static PublicationIndex ParseAndIndex(string path, ILogger logger, long started)
    {
        var result = ListParser.ParseFile(path);
        LogWarnings(logger, result.Warnings);
        if (result.List is null)
        {
            throw new ListLoadException(result.Errors);
        }
        var parsed = TimeProvider.System.GetElapsedTime(started);
        var index = new PublicationIndex(result.List);
        var indexed = TimeProvider.System.GetElapsedTime(started) - parsed;
        LogLoaded(logger, result.List.Count, result.List.Years.Count, result.List.Owner, path, (long)parsed.TotalMilliseconds, "indexed in memory", (long)indexed.TotalMilliseconds);
        return index;
    }

    private static CatalogSnapshot Finish(string path, string indexPath, string? folder, PublicationIndex index)
    {
        if (folder is not null)
        {
            IndexCache.Prune(indexPath, keep: folder);
        }
        return new CatalogSnapshot(path, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), index.List, index);
    }

    private static void LogWarnings(ILogger logger, IReadOnlyList<ListError> warnings)
    {
        foreach (var warning in warnings)
        {
            LogListWarning(logger, warning.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogListWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index folder {Folder} could not be used and is built again: {Problem}")]
    private static partial void LogDiscarded(ILogger logger, string folder, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The list {Path} changed while it was read: reading it again")]
    private static partial void LogChanged(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: parsed in {ParseMs} ms, {How} in {IndexMs} ms")]
    private static partial void LogLoaded(ILogger logger, int count, int years, string owner, string path, long parseMs, string how, long indexMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: parsed in {ParseMs} ms while building the index in {Folder} ({Builder}), which took {FinishMs} ms more to finish and open")]
    private static partial void LogBuilt(ILogger logger, int count, int years, string owner, string path, long parseMs, string folder, string builder, long finishMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: unchanged, so its records and index were read back from {Folder} in {OpenMs} ms")]
    private static partial void LogOpened(ILogger logger, int count, int years, string owner, string path, string folder, long openMs);
}
