using Microsoft.Playwright;
using Publications.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Publications.Web.Tests.Browser;

/// <summary>Writes a full-page PNG of every page kind, desktop and phone, light and dark, and printed, for people to look at.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    public async Task Every_page_kind_is_captured(int width, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width: width, height: width > 600 ? 900 : 800, colorScheme: scheme);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        foreach (var (name, url) in PageKinds.All)
        {
            await page.GotoAsync(url);
            var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 0, $"{path} is empty.");
        }
        output.WriteLine($"Screenshots ({width}px, {scheme}): {BrowserFixture.ScreenshotFolder}");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Print_view_of_every_page_kind_is_captured()
    {
        var page = await browser.NewPageAsync(width: 800, height: 1000);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        foreach (var (name, url) in PageKinds.All)
        {
            await page.GotoAsync(url);
            var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-print.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 0, $"{path} is empty.");
        }
        output.WriteLine($"Print screenshots: {BrowserFixture.ScreenshotFolder}");
        await page.Context.CloseAsync();
    }
}
