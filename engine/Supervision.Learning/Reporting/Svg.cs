using System.Globalization;
using System.Net;
using System.Text;

namespace Supervision.Learning.Reporting;

/// <summary>Small inline SVG charts, so that the report is one self-contained file with no script.</summary>
internal static class Svg
{
    private static readonly string[] Colours = ["#c0392b", "#2471a3", "#7d3c98", "#7f8c8d", "#d68910"];

    /// <summary>Lines over x and y in [0, 1], with a legend.</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<(string Name, IReadOnlyList<(double X, double Y)> Points)> series)
    {
        const double W = 420, H = 300, L = 50, B = 40, T = 30;
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W + 160}\" height=\"{H}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{L}\" y=\"18\" font-weight=\"bold\">{E(title)}</text>");
        double X(double x) => L + (x * (W - L - 10));
        double Y(double y) => H - B - (y * (H - B - T));
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{L}\" y=\"{T}\" width=\"{W - L - 10}\" height=\"{H - B - T}\" fill=\"none\" stroke=\"#999\"/>");
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(tick) - 8:0.#}\" y=\"{H - B + 15}\" font-size=\"10\">{tick:0.##}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{L - 30}\" y=\"{Y(tick) + 3:0.#}\" font-size=\"10\">{tick:0.##}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{L + 120}\" y=\"{H - 5}\" font-size=\"11\">{E(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{T - 6}\" font-size=\"11\">{E(yLabel)}</text>");
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var points = string.Join(' ', series[s].Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):0.##},{Y(Math.Clamp(p.Y, 0, 1)):0.##}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{W}\" y=\"{T + 15 + (s * 16)}\" font-size=\"11\" fill=\"{colour}\">■ {E(series[s].Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, longest first, scaled to the largest value.</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-12);
        var height = 30 + (bars.Count * 18);
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"580\" height=\"{height}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" font-weight=\"bold\">{E(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 28 + (i * 18);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 11}\" font-size=\"11\">{E(bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"250\" y=\"{y}\" width=\"{bars[i].Value / max * 260:0.#}\" height=\"13\" fill=\"#2471a3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{255 + (bars[i].Value / max * 260):0.#}\" y=\"{y + 11}\" font-size=\"10\">{bars[i].Value:0.###}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
