using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Home_to_year_to_paper_to_its_repository_link()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator(".year-index a", new() { HasText = "2025" }).ClickAsync();
        await page.WaitForURLAsync("**/2025");
        Assert.Equal("Publications in 2025", await page.Locator("h1").InnerTextAsync());

        var counselor = ShippedList.List.FindYear(2025)!.Publications.Single(p => p.Abstract.Contains("Graph Counselor", StringComparison.Ordinal));
        await page.Locator($".card__title a[href='{counselor.Path}']").ClickAsync();
        await page.WaitForURLAsync($"**{counselor.Path}");
        Assert.Equal(counselor.Headline, await page.Locator("h1").InnerTextAsync());

        var repo = page.Locator(".paper .link-buttons a").First;
        Assert.Equal("https://github.com/gjq100/Graph-Counselor.git", await repo.GetAttributeAsync("href"));
        Assert.Equal("noopener noreferrer", await repo.GetAttributeAsync("rel"));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_from_the_header_box_with_and_without_javascript(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript: javaScript);
        await page.GotoAsync("/2024");

        await page.GetByLabel("Search abstracts").FillAsync("distillation");
        await page.GetByLabel("Search abstracts").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=distillation");

        Assert.StartsWith("1 publication matches", await page.Locator(".result-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("distill", await page.Locator(".result__snippet mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Phone_viewport_has_no_horizontal_scroll_on_any_page_kind()
    {
        var paper = ShippedList.List.All.Single(p => p.Abstract.Contains("Graph Counselor", StringComparison.Ordinal));
        var page = await browser.NewPageAsync(width: 375, height: 800);
        foreach (var url in new[] { "/", "/2024", paper.Path, "/search", "/search?q=model", "/search?q=zzzzqqq", "/no-such-page" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 375px wide.");
        }
        await page.Context.CloseAsync();
    }
}
