using Publications.Parsing;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>Parses a list file and indexes it: the work of start-up and of every reload, with its timings logged.</summary>
internal static partial class ListLoader
{
    /// <summary>The loaded snapshot; throws <see cref="ListLoadException"/> when the list has errors (warnings are logged).</summary>
    public static CatalogSnapshot Load(string path, string indexPath, ILogger logger)
    {
        var started = TimeProvider.System.GetTimestamp();
        // An unchanged list's index folder holds its records too: read back, nothing is parsed or derived.
        if (IndexCache.FolderFor(indexPath, ListParser.ContentHashOf(path)) is { } known
            && PublicationIndex.OpenStored(known, path) is { } stored)
        {
            LogWarnings(logger, stored.Warnings);
            var opened = TimeProvider.System.GetElapsedTime(started);
            LogOpened(logger, stored.Index.Count, stored.Index.List.Years.Count, stored.Index.List.Owner, path, known, (long)opened.TotalMilliseconds);
            return Finish(path, indexPath, known, stored.Index);
        }
        var (index, folder) = ParseAndIndex(path, indexPath, logger, started);
        if (folder is not null)
        {
            // Served as a restart serves it (texts from the records file): the parse's strings and the build's
            // garbage are unreachable now that ParseAndIndex has returned, so give their memory back at once.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return Finish(path, indexPath, folder, index);
    }

    /// <summary>Parses the list and indexes it: in memory, or in its folder and then served as stored there.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (PublicationIndex Index, string? Folder) ParseAndIndex(string path, string indexPath, ILogger logger, long started)
    {
        var result = ListParser.ParseFile(path);
        LogWarnings(logger, result.Warnings);
        if (result.List is null)
        {
            throw new ListLoadException(result.Errors);
        }
        var parsed = TimeProvider.System.GetElapsedTime(started);
        var folder = IndexCache.FolderFor(indexPath, result.ContentHash);
        var (index, built) = folder is null ? (new PublicationIndex(result.List), true) : OpenOrBuild(result, folder, path);
        var indexed = TimeProvider.System.GetElapsedTime(started) - parsed;
        var how = folder is null ? "indexed in memory" : built ? $"built the index in {folder}" : $"opened the index in {folder}";
        LogLoaded(logger, result.List.Count, result.List.Years.Count, result.List.Owner, path, (long)parsed.TotalMilliseconds, how, (long)indexed.TotalMilliseconds);
        return (index, folder);
    }

    private static (PublicationIndex Index, bool Built) OpenOrBuild(ParseResult result, string folder, string path)
    {
        var (stored, built) = PublicationIndex.OpenOrBuildStored(result.List!, folder, result.Warnings, path);
        return (stored.Index, built);
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

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: parsed in {ParseMs} ms, {How} in {IndexMs} ms")]
    private static partial void LogLoaded(ILogger logger, int count, int years, string owner, string path, long parseMs, string how, long indexMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: unchanged, so its records and index were read back from {Folder} in {OpenMs} ms")]
    private static partial void LogOpened(ILogger logger, int count, int years, string owner, string path, string folder, long openMs);
}
