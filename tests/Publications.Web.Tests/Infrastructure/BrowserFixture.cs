using Microsoft.Playwright;

namespace Publications.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, plus the app on a real port; shared by the browser test classes.
/// Playwright cannot download browsers here, so the fixture uses /usr/bin/chromium (or PUBLICATIONS_CHROMIUM).
/// When no Chromium is found the tests skip with a message, unless PUBLICATIONS_REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly string _listPath;
    private IPlaywright? _playwright;
    private AppProcess? _app;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException(Unavailable);

    /// <summary>Where screenshots go; printed by the tests that write them.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("PUBLICATIONS_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("PUBLICATIONS_REQUIRE_BROWSER") == "1";

    public BrowserFixture()
        : this(PublicationsFactory.ShippedListPath)
    {
    }

    /// <summary>A browser with the app serving the list at <paramref name="listPath"/>.</summary>
    protected BrowserFixture(string listPath) => _listPath = listPath;

    public async Task InitializeAsync()
    {
        if (ChromiumPath is not { } chromium)
        {
            Unavailable = "No Chromium found at /usr/bin/chromium (install it with `apt-get install -y chromium`, or set PUBLICATIONS_CHROMIUM).";
            return;
        }
        _app = await AppProcess.StartAsync(_listPath, TimeSpan.FromMinutes(1));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root in a container, without background traffic that this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Skips the calling test when there is no browser (or fails it when one is required).</summary>
    public void RequireBrowser()
    {
        if (Unavailable is null)
        {
            return;
        }
        if (BrowserRequired)
        {
            Assert.Fail($"PUBLICATIONS_REQUIRE_BROWSER=1 but the browser tests cannot run: {Unavailable}");
        }
        Skip.If(true, Unavailable);
    }

    /// <summary>A new page in its own context (desktop unless a viewport is given), with JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        RequireBrowser();
        if (_app!.HasExited)
        {
            throw new InvalidOperationException($"The app under test has stopped:{Environment.NewLine}{_app.Log}");
        }
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
        });
        // Generous waits: on a two-core CI machine Chromium, the app and the test host share the CPU.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }
}

/// <summary>The browser with the app serving <see cref="ManyYearsList"/>: layouts that only a long list shows.</summary>
public sealed class ManyYearsBrowserFixture : BrowserFixture
{
    private readonly string _path;

    public ManyYearsBrowserFixture()
        : this(ManyYearsList.WriteTemporaryFile())
    {
    }

    private ManyYearsBrowserFixture(string path)
        : base(path) => _path = path;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_path);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
