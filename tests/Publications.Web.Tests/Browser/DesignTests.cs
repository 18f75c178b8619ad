using Microsoft.Playwright;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class DesignTests(BrowserFixture browser)
{
    // Sums every layout shift since navigation (buffered), once two frames have been painted after load.
    private const string CumulativeLayoutShift = """
        () => new Promise(resolve => {
            if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) { resolve(-1); return; }
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { total += entry.value; } }
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(total), 0)));
        })
        """;

    public static TheoryData<string> PageKindNames => PageKinds.Names;

    [SkippableFact]
    public async Task Chart_bar_on_home_opens_that_year()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("svg.year-chart a[href='/2024']").ClickAsync();
        await page.WaitForURLAsync("**/2024");

        Assert.Equal("Publications in 2024", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Layout_shift_measurement_sees_content_pushed_down_after_load()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/2024");

        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => { const d = document.createElement('div'); d.style.height = '300px'; document.querySelector('main').prepend(d); requestAnimationFrame(() => r()); }))");
        var shift = await page.EvaluateAsync<double>(CumulativeLayoutShift);

        Assert.True(shift > 0, $"Expected a layout shift, measured {shift}.");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Card_teasers_show_two_lines_and_keep_their_text_in_the_page()
    {
        var page = await browser.NewPageAsync(width: 375, height: 800);
        await page.GotoAsync("/2024");

        var teasers = await page.Locator(".card__teaser").EvaluateAllAsync<double[][]>(
            "els => els.map(e => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight), e.scrollHeight])");
        var texts = await page.Locator(".card__teaser").AllTextContentsAsync();

        Assert.Equal(ShippedList.List.FindYear(2024)!.Publications.Select(p => Teaser.Of(p.PlainText)), texts);
        Assert.All(teasers, t => Assert.InRange(t[0], t[1] * 1.5, (t[1] * 2) + 1));
        Assert.Contains(teasers, t => t[2] > t[0] + 1);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Pages_fetch_nothing_from_other_hosts()
    {
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        foreach (var (_, url) in PageKinds.All)
        {
            await page.GotoAsync(url);
        }

        Assert.Contains(requested, u => u.Contains("/css/site", StringComparison.Ordinal));
        Assert.All(requested, u => Assert.StartsWith(browser.BaseAddress.ToString(), u, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/2024")]
    [InlineData("paper")]
    [InlineData("/search?q=model")]
    public async Task Printing_hides_the_header_search_and_navigation_but_keeps_the_content(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url == "paper" ? PageKinds.PaperPath : url);
        Assert.True(await page.Locator("header.site-header").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator("form[role=search]").IsVisibleAsync());
        Assert.False(await page.Locator("footer").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".neighbours:visible, .pager:visible").CountAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_page_parsed_only_up_to_its_footer_shows_nothing_yet()
    {
        var page = await browser.NewPageAsync();
        // The year page as served, cut before its footer: what a busy browser holds while the rest is parsed.
        var served = await (await page.APIRequest.GetAsync("/2024")).TextAsync();
        var cut = served[..served.IndexOf("<footer", StringComparison.Ordinal)];
        await page.RouteAsync("**/2024", route => route.FulfillAsync(new() { Body = cut, ContentType = "text/html; charset=utf-8" }));
        await page.GotoAsync("/2024");

        Assert.Equal("hidden", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).visibility"));
        Assert.False(await page.Locator("main h1").IsVisibleAsync());

        await page.UnrouteAsync("**/2024");
        await page.GotoAsync("/2024");
        Assert.Equal("visible", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).visibility"));
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(PageKindNames))]
    public async Task Page_loads_without_layout_shift(string kind)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await browser.NewPageAsync(width: width, height: 800);
            await page.GotoAsync(PageKinds.UrlOf(kind));

            var shift = await page.EvaluateAsync<double>(CumulativeLayoutShift);

            Assert.True(shift >= 0, "This browser does not report layout shifts.");
            Assert.True(shift == 0, $"{kind} at {width}px: cumulative layout shift {shift}.");
            await page.Context.CloseAsync();
        }
    }
}
