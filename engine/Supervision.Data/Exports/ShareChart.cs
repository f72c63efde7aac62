namespace Supervision.Data.Exports;

/// <summary>
/// 100 % stacked horizontal bars: for each group, each category's share of the group's total, labelled in percent where
/// the segment is wide enough, with a legend of the categories. Negative amounts count as 0 (a share cannot be
/// negative); a group whose total is 0 shows an empty outlined bar marked 无数据.
/// </summary>
internal static class ShareChart
{
    private const double LabelRight = 150;
    private const double Left = LabelRight + 12;
    private const double Right = SvgCanvas.Width - 24;
    private const double Row = 26;
    private const double BarHeight = 18;

    public static string Render(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartShareGroup> groups)
    {
        if (categories.Count == 0 || groups.Count == 0)
        {
            return SvgCanvas.Empty(title, string.Empty);
        }

        var bottom = SvgCanvas.Top + (groups.Count * Row);
        var canvas = new SvgCanvas(title, string.Empty, bottom + 40 + SvgCanvas.LegendHeight(categories, Left, Right) + 8);
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = Left + (tick / 100.0 * (Right - Left));
            canvas.Line(x, SvgCanvas.Top - 4, x, bottom, tick == 0 ? SvgCanvas.Ink : SvgCanvas.Grid);
            canvas.Text(x, bottom + 18, $"{tick}%", "middle", fill: "#555555");
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var label = ChartText.Clean(groups[g].Label);
            var amounts = groups[g].Values.Select(v => double.IsFinite(v) && v > 0 ? v : 0).ToList();
            var total = amounts.Sum();
            var y = SvgCanvas.Top + (g * Row) + ((Row - BarHeight) / 2);
            canvas.Text(LabelRight, y + 13, ChartText.Fit(label, LabelRight - 4, 12), "end", tooltip: label);
            if (total <= 0)
            {
                canvas.Rect(Left, y, Right - Left, BarHeight, "#FFFFFF", tooltip: null, stroke: SvgCanvas.Grid);
                canvas.Text((Left + Right) / 2, y + 13, "无数据", "middle", fill: "#777777");
                continue;
            }

            var x = Left;
            for (var c = 0; c < amounts.Count; c++)
            {
                var width = amounts[c] / total * (Right - Left);
                var percent = ChartText.Number(amounts[c] / total * 100, 1) + "%";
                canvas.Rect(x, y, width, BarHeight, ChartPalette.Colour(c), $"{label} {ChartText.Clean(categories[c])}：{percent}");
                if (width >= ChartText.Width(percent, 11) + 6)
                {
                    canvas.Text(x + (width / 2), y + 13, percent, "middle", size: 11, fill: ChartPalette.TextOn(c));
                }

                x += width;
            }
        }

        canvas.Legend(categories, Left, Right, bottom + 40);
        return canvas.Finish();
    }
}
