using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>
/// The app as it runs by default: with an index folder (Publications:IndexPath), the first start parses the list
/// straight into it and a restart on the unchanged list reads it back. Both must serve exactly what the app serves
/// with everything in memory (a broken list leaving no folder behind is in <see cref="StartupTests"/>).
/// </summary>
public sealed class PersistedIndexStartTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"publications-persisted-start-{Guid.NewGuid():N}");

    private static readonly string[] s_urls =
    [
        "/api/search?q=reinforcement+learning",
        "/api/search?q=%22large+language+models%22&sort=newest",
        "/api/search?q=distill*",
        "/api/publications?year=2025",
        "/api/publications",
    ];

    private static Task<string[]> Answers(PublicationsFactory factory) => HttpAnswers.OfAsync(factory.CreateClient(), s_urls);

    [Fact]
    public async Task First_start_and_restart_with_an_index_folder_serve_what_the_app_serves_in_memory()
    {
        string[] inMemory;
        using (var memory = new PublicationsFactory())
        {
            inMemory = await Answers(memory);
        }

        string[] first;
        using (var built = new FolderFactory(_indexPath))
        {
            first = await Answers(built);
        }
        var folder = Assert.Single(Directory.GetDirectories(_indexPath));
        Assert.DoesNotContain(".building-", folder, StringComparison.Ordinal);
        var stamp = Directory.GetLastWriteTimeUtc(folder);
        string[] restarted;
        using (var restart = new FolderFactory(_indexPath))
        {
            restarted = await Answers(restart);
        }

        Assert.Equal(inMemory, first);
        Assert.Equal(inMemory, restarted);
        // The restart read the folder back as it was: not rebuilt, nothing added beside it.
        Assert.Equal(folder, Assert.Single(Directory.GetDirectories(_indexPath)));
        Assert.Equal(stamp, Directory.GetLastWriteTimeUtc(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }

    /// <summary>The app serving the shipped list with its index kept in <paramref name="indexPath"/>.</summary>
    private sealed class FolderFactory(string indexPath) : PublicationsFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Publications:IndexPath"] = indexPath };
    }
}
