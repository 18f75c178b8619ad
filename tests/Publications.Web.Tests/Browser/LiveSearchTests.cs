using Microsoft.Playwright;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

/// <summary>The search script: results follow typing, "/" focuses the box, Esc clears it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LiveSearchTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Results_follow_typing_without_submitting_and_the_url_keeps_in_step()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.Locator("#q").PressSequentiallyAsync("hallucination", new() { Delay = 20 });

        await page.WaitForURLAsync("**/search?q=hallucination");
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync("1 publication matches");
        Assert.StartsWith("hallucinat", await page.Locator(".result__snippet mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        // Debounced: far fewer fetches than keystrokes.
        Assert.InRange(requests.Count(u => u.Contains("/search?", StringComparison.Ordinal)), 1, 4);
        Assert.Equal("hallucination", await page.Locator("#q").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Changing_the_sort_updates_results_in_place()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search?q=language");

        await page.Locator("#sort").SelectOptionAsync("oldest");

        await page.WaitForURLAsync("**/search?q=language&sort=oldest");
        await Assertions.Expect(page.Locator(".result .card__meta").First).ToHaveTextAsync("2023");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Slash_focuses_the_search_box_from_any_page_and_escape_clears_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/2024");

        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search", await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id"));
        await page.Keyboard.TypeAsync("diffusion");
        Assert.Equal("diffusion", await page.Locator("#site-search").InputValueAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.Locator("#site-search").InputValueAsync());

        await page.GotoAsync("/search?q=model");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Stale_answers_never_overwrite_newer_results()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        // Hold back the answer for "model" so that it arrives after the answer for "hallucination".
        await page.RouteAsync("**/search?q=model*", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });

        await page.Locator("#q").FillAsync("model");
        await Task.Delay(400);
        await page.Locator("#q").FillAsync("hallucination");

        await page.WaitForURLAsync("**/search?q=hallucination");
        await Task.Delay(2000);
        Assert.StartsWith("1 publication matches", await page.Locator(".result-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("search?q=hallucination", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
