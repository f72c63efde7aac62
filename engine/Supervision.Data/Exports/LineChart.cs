namespace Supervision.Data.Exports;

/// <summary>
/// Lines over categorical x labels (months, nights), with a legend below; null values break the line, and every point
/// gets a marker so that a single point or one between two gaps is still seen. The y axis includes zero.
/// </summary>
internal static class LineChart
{
    private const double Left = 64;
    private const double Right = SvgCanvas.Width - 24;
    private const double PlotHeight = 220;
    private const int MarkersUpTo = 60;

    public static string Render(string title, IReadOnlyList<string> xLabels, IReadOnlyList<ChartSeries> series, string unit)
    {
        var values = series.SelectMany(s => s.Values).OfType<double>().Where(double.IsFinite).ToList();
        if (xLabels.Count == 0 || values.Count == 0)
        {
            return SvgCanvas.Empty(title, unit);
        }

        var scale = NiceScale.For(values.Min(), values.Max());
        var decimals = ChartText.Decimals(values);
        var bottom = SvgCanvas.Top + PlotHeight;
        var names = series.Select(s => s.Name).ToList();
        var canvas = new SvgCanvas(title, unit, bottom + 40 + SvgCanvas.LegendHeight(names, Left, Right) + 8);
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick, bottom, SvgCanvas.Top);
            canvas.Line(Left, y, Right, y, tick == 0 ? SvgCanvas.Ink : SvgCanvas.Grid);
            canvas.Text(Left - 6, y + 4, scale.Format(tick), "end", fill: "#555555");
        }

        double X(int i) => xLabels.Count == 1 ? (Left + Right) / 2 : Left + (i * (Right - Left) / (xLabels.Count - 1));
        var widest = xLabels.Max(l => ChartText.Width(ChartText.Clean(l), 12));
        var every = Math.Max(1, (int)Math.Ceiling(xLabels.Count * (widest + 8) / (Right - Left + widest)));
        for (var i = 0; i < xLabels.Count; i += every)
        {
            canvas.Text(X(i), bottom + 18, xLabels[i], "middle", fill: "#555555");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var points = Enumerable.Range(0, xLabels.Count)
                .Select(i => series[s].Values[i] is double v && double.IsFinite(v) ? (X(i), scale.Map(v, bottom, SvgCanvas.Top)) : ((double, double)?)null)
                .ToList();
            canvas.Path(points, ChartPalette.Colour(s), ChartPalette.Dash(s), series[s].Name);
            for (var i = 0; i < points.Count; i++)
            {
                var isolated = (i == 0 || points[i - 1] is null) && (i == points.Count - 1 || points[i + 1] is null);
                if (points[i] is { } p && (xLabels.Count <= MarkersUpTo || isolated))
                {
                    var tooltip = $"{ChartText.Clean(series[s].Name)} {ChartText.Clean(xLabels[i])}：{ChartText.Number(series[s].Values[i]!.Value, decimals)}{unit}";
                    canvas.Circle(p.Item1, p.Item2, 3, ChartPalette.Colour(s), tooltip);
                }
            }
        }

        canvas.Legend(names, Left, Right, bottom + 40);
        return canvas.Finish();
    }
}
