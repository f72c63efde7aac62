namespace Supervision.Data.Exports;

/// <summary>
/// Small SVG charts for risk reports and their web pages: the same input gives the same bytes (invariant numbers with
/// fixed decimals, no ids, no clock), every label is XML-escaped, Chinese renders with the Noto CJK fonts, and the
/// viewBox lets the chart shrink to a phone's width. role="img" and a &lt;title&gt; name the chart for screen readers;
/// each bar and point carries its value in a &lt;title&gt; too.
/// </summary>
/// <remarks>
/// Axes use "nice" ticks (1, 2 or 5 × 10^n) and always include zero, so bars start at a zero baseline; negative values
/// are drawn (left of or below zero), not clamped. All zeros give an axis from 0 to 1. No data gives a chart that says
/// 无数据. Colours come from a fixed colour-blind-safe palette readable in print; from the eighth line on, colours repeat
/// dashed. Stateless and thread-safe.
/// </remarks>
public static class SvgChart
{
    /// <summary>A horizontal bar chart, one bar per entry in the given order, each labelled with its value.</summary>
    /// <param name="title">The heading, also the accessible name.</param>
    /// <param name="bars">The bars; empty gives a 无数据 chart. NaN or infinite values draw as 0.</param>
    /// <param name="unit">The unit (such as 家 or %), shown as 单位：… under the heading; empty for none.</param>
    public static string Bars(string title, IReadOnlyList<ChartBar> bars, string unit)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return BarChart.Render(title ?? string.Empty, bars, unit ?? string.Empty);
    }

    /// <summary>A line chart over categorical x labels, with a legend.</summary>
    /// <param name="title">The heading, also the accessible name.</param>
    /// <param name="xLabels">The x labels, in order; when they are too many to fit, every n-th is shown.</param>
    /// <param name="series">The lines; each has one value per x label, null for a gap.</param>
    /// <param name="unit">The unit of the values, shown under the heading; empty for none.</param>
    /// <exception cref="ArgumentException">A series has not one value per x label.</exception>
    public static string Lines(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series, string unit)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var line in series)
        {
            if (line?.Values is null || line.Values.Count != xLabels.Count)
            {
                throw new ArgumentException($"Series '{line?.Name}' has {line?.Values?.Count ?? 0} values for {xLabels.Count} x labels.", nameof(series));
            }
        }

        return LineChart.Render(title ?? string.Empty, xLabels, series, unit ?? string.Empty);
    }

    /// <summary>100 % stacked bars: for each group (such as a district), the share of each category (such as an industry).</summary>
    /// <param name="title">The heading, also the accessible name.</param>
    /// <param name="categories">The categories, in stacking and legend order.</param>
    /// <param name="groups">The groups, one bar each, with one amount per category.</param>
    /// <exception cref="ArgumentException">A group has not one amount per category.</exception>
    public static string StackedShares(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartShareGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            if (group?.Values is null || group.Values.Count != categories.Count)
            {
                throw new ArgumentException($"Group '{group?.Label}' has {group?.Values?.Count ?? 0} amounts for {categories.Count} categories.", nameof(groups));
            }
        }

        return ShareChart.Render(title ?? string.Empty, categories, groups);
    }
}
