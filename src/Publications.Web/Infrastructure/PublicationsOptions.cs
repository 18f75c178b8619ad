using System.ComponentModel.DataAnnotations;

namespace Publications.Web.Infrastructure;

/// <summary>The <c>Publications</c> configuration section (appsettings, environment, command line).</summary>
public sealed class PublicationsOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Publications";

    /// <summary>The list file; relative paths are taken from the current directory. Defaults to the shipped list beside the app.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ListPath { get; set; } = DefaultListPath;

    /// <summary>Absolute base URL for canonical links (e.g. https://example.org); null uses the request's scheme and host.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Reload the list when its file changes (parsed and indexed aside, then swapped in).</summary>
    public bool WatchList { get; set; } = true;

    /// <summary>How long the file must be quiet before a reload, in milliseconds.</summary>
    [Range(50, 60_000)]
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// Where persisted indexes live, one folder per list content and index schema, so a restart on an unchanged
    /// list opens its index instead of rebuilding it. Empty keeps the index in memory. Defaults to the user's cache folder.
    /// </summary>
    public string IndexPath { get; set; } = DefaultIndexPath;

    /// <summary>
    /// Build a new index folder in a separate indexer process (this program again, with runtime settings for a batch
    /// job; see <see cref="IndexerProcess"/>) rather than in the server's: a fifth to a quarter quicker at 1,000 to
    /// 100,000 papers, and the build's memory goes back to the system when it ends. Only for lists of 1 MB and more
    /// (about 600 papers; below, starting a second process costs more than it saves) and when this program is the
    /// process's entry point (not under a test host); a failed indexer falls back to building in the server.
    /// </summary>
    public bool SeparateIndexer { get; set; } = true;

    /// <summary>$XDG_CACHE_HOME/publications/index, else ~/.cache/publications/index.</summary>
    public static string DefaultIndexPath =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "publications", "index");

    /// <summary>The shipped list, copied beside the app by the build.</summary>
    public static string DefaultListPath => Path.Combine(AppContext.BaseDirectory, "seeds", "biqing-qi.txt");
}
