using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>Names persisted index folders after the list's content and the index schema, and keeps the cache small.</summary>
internal static class IndexCache
{
    /// <summary>Folders kept besides the one in use: recent lists (e.g. before an edit) reopen at once.</summary>
    private const int Kept = 4;

    /// <summary>The folder for this content, or null to index in memory (no cache path, or no file hash).</summary>
    public static string? FolderFor(string indexPath, string? contentHash) =>
        string.IsNullOrWhiteSpace(indexPath) || contentHash is null
            ? null
            : Path.Combine(Path.GetFullPath(indexPath), $"{contentHash}-s{PublicationIndex.SchemaVersion}");

    /// <summary>Deletes all but the most recent folders, and builds left over by a crash.</summary>
    public static void Prune(string indexPath, string keep)
    {
        var folders = new DirectoryInfo(Path.GetFullPath(indexPath)).GetDirectories();
        var stale = folders.Where(f => f.Name.Contains(".building-", StringComparison.Ordinal) && f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
            .Concat(folders.Where(f => !f.Name.Contains(".building-", StringComparison.Ordinal) && f.FullName != keep)
                .OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept));
        foreach (var folder in stale)
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // In use by another process: it will be pruned another time.
            }
        }
    }
}
