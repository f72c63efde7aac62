namespace Supervision.Data.Exports;

/// <summary>
/// Horizontal bars, one row per category: long Chinese labels stay readable on a phone, where vertical bars would have
/// to slant them. Negative values draw left of the zero line, in a second colour, with their label on the left.
/// </summary>
internal static class BarChart
{
    private const double LabelRight = 150;
    private const double Row = 26;
    private const double BarHeight = 16;
    private const double ValueRoom = 72;

    public static string Render(string title, IReadOnlyList<ChartBar> bars, string unit)
    {
        var values = bars.Select(b => double.IsFinite(b.Value) ? b.Value : 0).ToList();
        if (values.Count == 0)
        {
            return SvgCanvas.Empty(title, unit);
        }

        var scale = NiceScale.For(values.Min(), values.Max());
        var decimals = ChartText.Decimals(values);
        var (left, right) = (LabelRight + 12 + (scale.Min < 0 ? ValueRoom : 0), SvgCanvas.Width - ValueRoom);
        var bottom = SvgCanvas.Top + (bars.Count * Row);
        var canvas = new SvgCanvas(title, unit, bottom + 32);
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick, left, right);
            canvas.Line(x, SvgCanvas.Top - 4, x, bottom, tick == 0 ? SvgCanvas.Ink : SvgCanvas.Grid);
            canvas.Text(x, bottom + 18, scale.Format(tick), "middle", fill: "#555555");
        }

        var zero = scale.Map(0, left, right);
        for (var i = 0; i < bars.Count; i++)
        {
            var (value, label) = (values[i], ChartText.Clean(bars[i].Label));
            var x = scale.Map(value, left, right);
            var y = SvgCanvas.Top + (i * Row) + ((Row - BarHeight) / 2);
            var text = ChartText.Number(value, decimals);
            canvas.Text(LabelRight, y + 12, ChartText.Fit(label, LabelRight - 4, 12), "end", tooltip: label);
            canvas.Rect(Math.Min(x, zero), y, Math.Abs(x - zero), BarHeight, ChartPalette.Colour(value < 0 ? 3 : 0), $"{label}：{text}{unit}");
            canvas.Text(value < 0 ? x - 4 : x + 4, y + 12, text, value < 0 ? "end" : "start");
        }

        return canvas.Finish();
    }
}
