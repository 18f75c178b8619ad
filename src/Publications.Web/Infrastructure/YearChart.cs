using System.Globalization;
using Publications.Model;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Geometry of the home page's bar chart of publications per year, computed here so the Razor partial only prints
/// numbers (as SVG attributes: the CSP blocks inline styles). Years run oldest to newest, left to right, with empty
/// years in between kept as gaps (no bar, no link), so the time axis is honest.
/// </summary>
public sealed record YearChart(double Width, double Height, double Baseline, int MaxCount, int LabelStep, IReadOnlyList<YearBar> Bars)
{
    /// <summary>The plot's width when there are many years; fewer years get narrower slots, never wider than <see cref="MaxSlot"/>.</summary>
    public const double PlotWidth = 640;

    /// <summary>Height of the tallest bar.</summary>
    public const double PlotHeight = 120;

    /// <summary>Room above the bars for their counts.</summary>
    public const double TopRoom = 20;

    /// <summary>Room below the baseline for the year labels.</summary>
    public const double BottomRoom = 24;

    /// <summary>The widest slot a year gets, so a short list doesn't turn into a few slabs.</summary>
    public const double MaxSlot = 72;

    /// <summary>Horizontal room a year label needs ("2024" at the chart's font size, plus a gap).</summary>
    public const double LabelRoom = 40;

    /// <summary>Bars are this share of their slot; the rest is the gap between bars.</summary>
    public const double BarShare = 0.66;

    /// <summary>Counts are printed above bars only when slots are at least this wide (else they would collide).</summary>
    public const double CountRoom = 22;

    private static readonly int[] Steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

    /// <summary>Whether each bar's count is printed above it.</summary>
    public bool ShowCounts => Bars.Count > 0 && Bars[0].SlotWidth >= CountRoom;

    /// <summary>The chart's text alternative: every year that has publications, with its count.</summary>
    public string Description => string.Join(", ", Bars.Where(b => b.Count > 0).Select(b => $"{b.Year}: {Counts.Number(b.Count)}")) + ".";

    /// <summary>Lays out one bar per year from the oldest to the newest year of <paramref name="years"/>.</summary>
    public static YearChart For(IReadOnlyList<PublicationYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
        {
            return new YearChart(0, 0, 0, 0, 1, []);
        }
        var counts = years.ToDictionary(y => y.Year, y => y.Count);
        var first = counts.Keys.Min();
        var span = counts.Keys.Max() - first + 1;
        var slot = Math.Min(MaxSlot, PlotWidth / span);
        var max = counts.Values.Max();
        var step = Steps.FirstOrDefault(s => s * slot >= LabelRoom, Steps[^1]);
        var baseline = TopRoom + PlotHeight;
        var barWidth = Math.Max(1, slot * BarShare);
        // Narrow slots need room at the ends for the outermost labels, which are wider than their slot.
        var margin = Math.Max(0, (LabelRoom - slot) / 2);
        var bars = new List<YearBar>(span);
        for (var i = 0; i < span; i++)
        {
            var year = first + i;
            var count = counts.GetValueOrDefault(year);
            // Any year with publications stays visible, however tall the tallest bar.
            var height = count == 0 ? 0 : Math.Max(2, PlotHeight * count / max);
            var slotX = margin + (i * slot);
            bars.Add(new YearBar(year, count, slotX, slot, slotX + (slot - barWidth) / 2, baseline - height, barWidth, height,
                ShowLabel: year % step == 0));
        }
        return new YearChart((span * slot) + (2 * margin), baseline + BottomRoom, baseline, max, step, bars);
    }
}

/// <summary>One year's bar: its slot (the clickable column) and the bar inside it, in SVG user units.</summary>
public sealed record YearBar(int Year, int Count, double SlotX, double SlotWidth, double X, double Y, double Width, double Height, bool ShowLabel)
{
    /// <summary>The year page, or null for a year without publications (which has no page).</summary>
    public string? Href => Count > 0 ? $"/{Year}" : null;

    /// <summary>The horizontal centre of the slot, where the year and count labels go.</summary>
    public double Centre => SlotX + (SlotWidth / 2);

    /// <summary>The bar's accessible name.</summary>
    public string Label => $"{Year}: {Counts.Publications(Count)}";

    /// <summary>Formats a coordinate for an SVG attribute: invariant culture, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
