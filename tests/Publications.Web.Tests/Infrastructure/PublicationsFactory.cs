using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>
/// The app on the in-memory test server, in the Production environment (so error pages are the real ones),
/// serving the shipped list unless <see cref="ListPath"/> says otherwise. Shared per test class as a fixture.
/// </summary>
public class PublicationsFactory : WebApplicationFactory<Program>
{
    /// <summary>The shipped list, copied beside the tests by the build.</summary>
    public static string ShippedListPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "biqing-qi.txt");

    /// <summary>The list this factory's app serves.</summary>
    public virtual string ListPath => ShippedListPath;

    /// <summary>Extra settings (key → value) for the app's configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Publications:ListPath", ListPath);
        // Many tests search in quick succession from one (test) client; the limiter has its own tests.
        builder.UseSetting("Publications:RateLimiting:Enabled", "false");
        // Each watcher takes an inotify instance; only the reload tests need one.
        builder.UseSetting("Publications:WatchList", "false");
        // In memory: tests never touch the user's cache folder (the persisted index has its own tests).
        builder.UseSetting("Publications:IndexPath", "");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>The app serving a list written to a temporary file; the file is deleted with the factory.</summary>
public class InlineListFactory : PublicationsFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"publications-{Guid.NewGuid():N}.txt");

    public InlineListFactory(string listText)
    {
        File.WriteAllText(_path, listText);
    }

    /// <summary>Replaces the list file's content, as an editor saving it would.</summary>
    public void Write(string listText) => File.WriteAllText(_path, listText);

    public override string ListPath => _path;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_path);
    }
}
