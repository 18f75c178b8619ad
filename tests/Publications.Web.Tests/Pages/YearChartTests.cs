using Publications.Model;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Pages;

public sealed class YearChartTests(PublicationsFactory factory) : IClassFixture<PublicationsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<PublicationYear> Years(params (int Year, int Count)[] years) =>
        [.. years.Select(y => new PublicationYear(y.Year, [.. Enumerable.Range(1, y.Count).Select(i => Paper(y.Year, i))]))];

    private static Publication Paper(int year, int ordinal) =>
        new(year, ordinal, ordinal + 2, $"Abstract {ordinal}.", $"Headline {ordinal}", $"paper-{ordinal}", $"Abstract {ordinal}.", []);

    [Fact]
    public void Bars_run_oldest_to_newest_with_empty_years_as_unlinked_gaps()
    {
        var chart = YearChart.For(Years((2026, 2), (2024, 4), (2023, 1)));

        Assert.Equal([2023, 2024, 2025, 2026], chart.Bars.Select(b => b.Year));
        Assert.Equal(["/2023", "/2024", null, "/2026"], chart.Bars.Select(b => b.Href));
        Assert.Equal(0, chart.Bars[2].Height);
        Assert.Equal("2023: 1, 2024: 4, 2026: 2.", chart.Description);
    }

    [Fact]
    public void Tallest_bar_fills_the_plot_and_others_are_proportional_on_one_baseline()
    {
        var chart = YearChart.For(Years((2024, 6), (2023, 3), (2022, 1)));

        Assert.All(chart.Bars, b => Assert.Equal(chart.Baseline, b.Y + b.Height, 6));
        Assert.Equal(YearChart.PlotHeight, chart.Bars.Single(b => b.Year == 2024).Height, 6);
        Assert.Equal(YearChart.PlotHeight / 2, chart.Bars.Single(b => b.Year == 2023).Height, 6);
        Assert.Equal(YearChart.PlotHeight / 6, chart.Bars.Single(b => b.Year == 2022).Height, 6);
        Assert.True(chart.Bars.Min(b => b.Y) >= YearChart.TopRoom, "Counts above the tallest bar need room inside the chart.");
    }

    [Fact]
    public void Few_years_get_capped_slots_with_every_year_and_count_labelled()
    {
        var chart = YearChart.For(Years((2024, 1), (2023, 5)));

        Assert.All(chart.Bars, b => Assert.Equal(YearChart.MaxSlot, b.SlotWidth));
        Assert.Equal(2 * YearChart.MaxSlot, chart.Width);
        Assert.All(chart.Bars, b => Assert.True(b.ShowLabel));
        Assert.True(chart.ShowCounts);
    }

    [Fact]
    public void Sixty_years_fit_the_plot_width_without_overlapping_bars_or_labels()
    {
        var chart = YearChart.For(Years([.. Enumerable.Range(1966, 60).Select(y => (y, 1 + (y % 7)))]));

        Assert.Equal(60, chart.Bars.Count);
        Assert.True(chart.Width <= YearChart.PlotWidth + YearChart.LabelRoom, $"Chart is {chart.Width} wide.");
        Assert.All(chart.Bars, b => Assert.InRange(b.X - b.SlotX, 0.0001, b.SlotWidth));
        Assert.All(chart.Bars.Zip(chart.Bars.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width < pair.Second.X));
        var labelled = chart.Bars.Where(b => b.ShowLabel).ToList();
        Assert.Equal([.. Enumerable.Range(0, 12).Select(i => 1970 + (5 * i))], labelled.Select(b => b.Year));
        Assert.All(labelled.Zip(labelled.Skip(1)), pair => Assert.True(pair.Second.Centre - pair.First.Centre >= YearChart.LabelRoom));
        Assert.True(labelled[0].Centre >= YearChart.LabelRoom / 2 && labelled[^1].Centre <= chart.Width - (YearChart.LabelRoom / 2));
        Assert.False(chart.ShowCounts);
    }

    [Fact]
    public void A_year_with_one_paper_among_hundreds_still_shows_a_bar()
    {
        var chart = YearChart.For(Years((2024, 500), (2023, 1)));

        Assert.True(chart.Bars.Single(b => b.Year == 2023).Height >= 2);
    }

    [Fact]
    public void An_empty_list_has_no_chart()
    {
        Assert.Empty(YearChart.For([]).Bars);
    }

    [Fact]
    public async Task Home_chart_is_inline_svg_whose_bars_link_to_the_year_pages()
    {
        var (_, page) = await Html.GetAsync(_client, "/");

        var svg = page.QuerySelector("svg.year-chart");
        Assert.NotNull(svg);
        var described = (svg.GetAttribute("aria-labelledby") ?? "").Split(' ').Select(id => Html.Normalize(page.GetElementById(id)?.TextContent));
        Assert.Equal(["Publications per year", "2023: 1, 2024: 6, 2025: 5, 2026: 7."], described);
        var bars = svg.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), Html.Normalize(a.QuerySelector("title")?.TextContent))).ToList();
        Assert.Equal([("/2023", "2023: 1 publication"), ("/2024", "2024: 6 publications"), ("/2025", "2025: 5 publications"), ("/2026", "2026: 7 publications")], bars);
        Assert.Empty(svg.QuerySelectorAll("[style]"));
    }
}
