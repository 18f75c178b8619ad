using Microsoft.Extensions.Options;
using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// The loaded list and its search index, built once at start-up (DI singleton; the container disposes it,
/// and with it the index). Throws <see cref="ListLoadException"/> when the list is broken, which stops start-up.
/// </summary>
public sealed partial class PublicationCatalog : IDisposable
{
    public PublicationCatalog(IOptions<PublicationsOptions> options, ILogger<PublicationCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Value.ListPath);
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
        ListPath = path;
        ListUpdated = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        List = result.List;
        Index = new PublicationIndex(List);
        var indexed = TimeProvider.System.GetElapsedTime(started) - parsed;
        LogLoaded(logger, List.Count, List.Years.Count, List.Owner, path, (long)parsed.TotalMilliseconds, (long)indexed.TotalMilliseconds);
    }

    /// <summary>The full path of the list file.</summary>
    public string ListPath { get; }

    /// <summary>When the list file was last written (feeds' update time).</summary>
    public DateTimeOffset ListUpdated { get; }

    /// <summary>The list as parsed.</summary>
    public PublicationList List { get; }

    /// <summary>The full-text index over <see cref="List"/>; owned and disposed by this catalog.</summary>
    public PublicationIndex Index { get; }

    /// <inheritdoc />
    public void Dispose() => Index.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogListWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {Count} publications in {Years} years for {Owner} from {Path}: parsed in {ParseMs} ms, indexed in {IndexMs} ms")]
    private static partial void LogLoaded(ILogger logger, int count, int years, string owner, string path, long parseMs, long indexMs);
}
