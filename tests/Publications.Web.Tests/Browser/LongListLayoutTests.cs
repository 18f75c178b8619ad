using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

/// <summary>The home page of a list that spans 52 years (<see cref="ManyYearsList"/>), in a real browser.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LongListLayoutTests(ManyYearsBrowserFixture browser) : IClassFixture<ManyYearsBrowserFixture>
{
    [SkippableFact]
    public async Task Phone_reaches_the_first_paper_within_a_screen_and_a_quarter()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync("/");

        var top = await page.Locator(".year-group").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");

        // Fifty-one years as one run of links took 17 rows of buttons here and put the first paper at 1,213 px; grouped
        // by decade, at 866 px.
        Assert.InRange(top, 0, 1.25 * 800);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Phone_reaches_the_first_search_result_within_a_screen_and_an_eighth()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync("/search?q=quolls");

        var top = await page.Locator(".results .result").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");

        // Fifty-one years of narrowing links in one run put the first result at 1,103 px here; by decade, at 756 px.
        Assert.InRange(top, 0, 1.125 * 800);
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
