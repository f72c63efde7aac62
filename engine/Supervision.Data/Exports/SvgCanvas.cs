using System.Globalization;
using System.Text;
using System.Xml;

namespace Supervision.Data.Exports;

/// <summary>
/// Writes one SVG document through an <see cref="XmlWriter"/>, which escapes every text and attribute, with coordinates
/// in fixed one-decimal invariant form, so the same chart is the same bytes on every machine and culture.
/// </summary>
/// <remarks>
/// The root has a viewBox and a width of 100 % (it scales down to a phone's width), role="img" with an aria-label and a
/// &lt;title&gt; (screen readers announce the title), and a font list that renders Chinese on Linux servers and phones.
/// One canvas is one chart; not thread-safe.
/// </remarks>
internal sealed class SvgCanvas
{
    public const double Width = 640;

    public const string FontFamily = "\"Noto Sans CJK SC\",\"Noto Sans SC\",sans-serif";

    public const string Grid = "#D9D9D9";

    public const string Ink = "#333333";

    private const string Namespace = "http://www.w3.org/2000/svg";

    private readonly StringBuilder _text = new();
    private readonly XmlWriter _xml;

    /// <summary>Opens the document: root, title, white background, the heading and, if any, the unit line.</summary>
    public SvgCanvas(string title, string unit, double height)
    {
        _xml = XmlWriter.Create(_text, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        });
        title = ChartText.Clean(title);
        _xml.WriteStartElement("svg", Namespace);
        _xml.WriteAttributeString("viewBox", $"0 0 {Coordinate(Width)} {Coordinate(height)}");
        _xml.WriteAttributeString("width", "100%");
        _xml.WriteAttributeString("role", "img");
        _xml.WriteAttributeString("aria-label", title);
        _xml.WriteAttributeString("font-family", FontFamily);
        _xml.WriteAttributeString("font-size", "12");
        _xml.WriteElementString("title", Namespace, title);
        Rect(0, 0, Width, height, "#FFFFFF", tooltip: null);
        Text(16, 26, ChartText.Fit(title, Width - 32, 16), "start", size: 16, bold: true);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            Text(16, 44, "单位：" + ChartText.Clean(unit), "start", fill: "#555555");
        }
    }

    /// <summary>Where the plot may start below the heading.</summary>
    public const double Top = 60;

    /// <summary>A coordinate or length: one decimal, invariant, never "-0.0".</summary>
    public static string Coordinate(double value)
    {
        var rounded = Math.Round(value, 1);
        return (rounded == 0 ? 0.0 : rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public void Text(double x, double y, string text, string anchor, double size = 12, bool bold = false, string fill = Ink, string? tooltip = null)
    {
        _xml.WriteStartElement("text", Namespace);
        _xml.WriteAttributeString("x", Coordinate(x));
        _xml.WriteAttributeString("y", Coordinate(y));
        _xml.WriteAttributeString("text-anchor", anchor);
        if (size != 12)
        {
            _xml.WriteAttributeString("font-size", Coordinate(size));
        }

        if (bold)
        {
            _xml.WriteAttributeString("font-weight", "bold");
        }

        _xml.WriteAttributeString("fill", fill);
        if (tooltip is not null)
        {
            _xml.WriteElementString("title", Namespace, ChartText.Clean(tooltip));
        }

        _xml.WriteString(ChartText.Clean(text));
        _xml.WriteEndElement();
    }

    public void Rect(double x, double y, double width, double height, string fill, string? tooltip, string? stroke = null)
    {
        _xml.WriteStartElement("rect", Namespace);
        _xml.WriteAttributeString("x", Coordinate(x));
        _xml.WriteAttributeString("y", Coordinate(y));
        _xml.WriteAttributeString("width", Coordinate(Math.Max(0, width)));
        _xml.WriteAttributeString("height", Coordinate(Math.Max(0, height)));
        _xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            _xml.WriteAttributeString("stroke", stroke);
        }

        if (tooltip is not null)
        {
            _xml.WriteElementString("title", Namespace, ChartText.Clean(tooltip));
        }

        _xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1)
    {
        _xml.WriteStartElement("line", Namespace);
        _xml.WriteAttributeString("x1", Coordinate(x1));
        _xml.WriteAttributeString("y1", Coordinate(y1));
        _xml.WriteAttributeString("x2", Coordinate(x2));
        _xml.WriteAttributeString("y2", Coordinate(y2));
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteAttributeString("stroke-width", Coordinate(width));
        _xml.WriteEndElement();
    }

    /// <summary>A polyline through the points, broken where a point is missing.</summary>
    public void Path(IEnumerable<(double X, double Y)?> points, string stroke, string? dash, string name)
    {
        var d = new StringBuilder();
        var pen = false;
        foreach (var point in points)
        {
            if (point is { } p)
            {
                d.Append(d.Length == 0 ? string.Empty : " ").Append(pen ? 'L' : 'M').Append(Coordinate(p.X)).Append(' ').Append(Coordinate(p.Y));
            }

            pen = point is not null;
        }

        if (d.Length == 0)
        {
            return;
        }

        _xml.WriteStartElement("path", Namespace);
        _xml.WriteAttributeString("d", d.ToString());
        _xml.WriteAttributeString("fill", "none");
        _xml.WriteAttributeString("stroke", stroke);
        _xml.WriteAttributeString("stroke-width", "2.0");
        if (dash is not null)
        {
            _xml.WriteAttributeString("stroke-dasharray", dash);
        }

        _xml.WriteElementString("title", Namespace, ChartText.Clean(name));
        _xml.WriteEndElement();
    }

    public void Circle(double x, double y, double radius, string fill, string tooltip)
    {
        _xml.WriteStartElement("circle", Namespace);
        _xml.WriteAttributeString("cx", Coordinate(x));
        _xml.WriteAttributeString("cy", Coordinate(y));
        _xml.WriteAttributeString("r", Coordinate(radius));
        _xml.WriteAttributeString("fill", fill);
        _xml.WriteElementString("title", Namespace, ChartText.Clean(tooltip));
        _xml.WriteEndElement();
    }

    /// <summary>The height that <see cref="Legend(IReadOnlyList{string}, double, double, double)"/> will take.</summary>
    public static double LegendHeight(IReadOnlyList<string> names, double left, double right) => Legend(null, names, left, right, 0);

    /// <summary>Legend entries (a colour swatch and a name each), wrapped into rows from <paramref name="y"/>; returns their height.</summary>
    public double Legend(IReadOnlyList<string> names, double left, double right, double y) => Legend(this, names, left, right, y);

    /// <summary>Closes the document and returns it.</summary>
    public string Finish()
    {
        _xml.WriteEndElement();
        _xml.Flush();
        _xml.Dispose();
        return _text.Append('\n').ToString();
    }

    /// <summary>A chart with nothing to show: the heading and 无数据.</summary>
    public static string Empty(string title, string unit)
    {
        var canvas = new SvgCanvas(title, unit, 140);
        canvas.Text(Width / 2, 100, "无数据", "middle", size: 14, fill: "#777777");
        return canvas.Finish();
    }

    private static double Legend(SvgCanvas? canvas, IReadOnlyList<string> names, double left, double right, double y)
    {
        var x = left;
        var row = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = ChartText.Fit(ChartText.Clean(names[i]), right - left - 20, 12);
            var width = 20 + ChartText.Width(name, 12) + 16;
            if (x > left && x + width > right)
            {
                (x, row) = (left, row + 1);
            }

            if (canvas is not null)
            {
                var top = y + (row * 20);
                canvas.Rect(x, top, 14, 10, ChartPalette.Colour(i), tooltip: null);
                canvas.Text(x + 20, top + 10, name, "start");
            }

            x += width;
        }

        return names.Count == 0 ? 0 : (row + 1) * 20;
    }
}
