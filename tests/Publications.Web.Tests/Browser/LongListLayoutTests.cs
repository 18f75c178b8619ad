using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

/// <summary>The home and search pages of a list that spans 52 years (<see cref="ManyYearsList"/>), in a real browser.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LongListLayoutTests(ManyYearsBrowserFixture browser) : IClassFixture<ManyYearsBrowserFixture>
{
    // Fifty-one years of links in one run put the home page's first paper at 1,213 px on a 375 × 800 phone, and the
    // first search result (after the narrowing by year) at 1,103 px; grouped by decade, at 866 and 756 px.
    [SkippableTheory]
    [InlineData("/", ".year-group", 1.25)]
    [InlineData("/search?q=quolls", ".results .result", 1.125)]
    public async Task Phone_reaches_the_first_paper_within_about_a_screen(string url, string first, double screens)
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync(url);

        var top = await page.Locator(first).First.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");

        Assert.InRange(top, 0, screens * 800);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Folded_decade_opens_from_the_keyboard_and_its_years_are_links()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var year2015 = page.Locator("nav.year-index a[href='/2015']");
        Assert.True(await page.Locator("nav.year-index a[href='/2026']").IsVisibleAsync());
        Assert.False(await year2015.IsVisibleAsync());

        await page.Locator("nav.year-index summary", new() { HasText = "2010s" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await year2015.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/2019", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/2019");

        Assert.Equal("Publications in 2019", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_with_a_decade_opened(ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(colorScheme: scheme);
        foreach (var (url, links) in new[] { ("/", "nav.year-index"), ("/search?q=quolls&year=1977", "nav.year-facets") })
        {
            await page.GotoAsync(url);
            await page.Locator($"{links} summary", new() { HasText = "1980s" }).ClickAsync();
            await page.Locator($"{links} a[href*='1985']").WaitForAsync(new() { State = WaitForSelectorState.Visible });

            var result = await page.RunAxe();

            Assert.True(result.Violations.Length == 0, $"{url} ({scheme}):{Environment.NewLine}{AccessibilityTests.Describe(result.Violations)}");
            Assert.NotEmpty(result.Passes);
        }
        await page.Context.CloseAsync();
    }
}
