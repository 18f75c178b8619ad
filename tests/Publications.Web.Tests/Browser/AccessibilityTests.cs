using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, ColorScheme> PageKindsInBothThemes
    {
        get
        {
            var data = new TheoryData<string, ColorScheme>();
            foreach (var (name, _) in PageKinds.All)
            {
                data.Add(name, ColorScheme.Light);
                data.Add(name, ColorScheme.Dark);
            }
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(PageKindsInBothThemes))]
    public async Task Axe_finds_no_violations(string kind, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(colorScheme: scheme);
        await page.GotoAsync(PageKinds.UrlOf(kind));

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, $"{kind} ({scheme}):{Environment.NewLine}{Describe(result.Violations)}");
        Assert.NotEmpty(result.Passes);
        await page.Context.CloseAsync();
    }

    internal static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine,
        violations.SelectMany(v => v.Nodes.Select(n => $"- {v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html} {Messages(n)}")));

    private static string Messages(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }.Where(c => c is not null).SelectMany(c => c).Select(c => c.Message));
}
