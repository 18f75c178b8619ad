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
        var result = ListParser.ParseFile(path);
        foreach (var warning in result.Warnings)
        {
            LogListWarning(logger, warning.ToString());
        }
        if (result.List is null)
        {
            throw new ListLoadException(result.Errors);
        }
        var parsed = TimeProvider.System.GetElapsedTime(started);
        var folder = IndexCache.FolderFor(indexPath, result.ContentHash);
        var index = new PublicationIndex(result.List, folder);
        var indexed = TimeProvider.System.GetElapsedTime(started) - parsed;
        var how = folder is null ? "indexed in memory" : index.Built ? $"built the index in {folder}" : $"opened the index in {folder}";
        LogLoaded(logger, result.List.Count, result.List.Years.Count, result.List.Owner, path, (long)parsed.TotalMilliseconds, how, (long)indexed.TotalMilliseconds);
        if (folder is not null)
        {
            IndexCache.Prune(indexPath, keep: folder);
        }
        return new CatalogSnapshot(path, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), result.List, index);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogListWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: parsed in {ParseMs} ms, {How} in {IndexMs} ms")]
    private static partial void LogLoaded(ILogger logger, int count, int years, string owner, string path, long parseMs, string how, long indexMs);
}
