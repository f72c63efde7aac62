using System.Globalization;
using System.Text;
using System.Xml;

namespace Supervision.Data.Exports;

/// <summary>Text for charts: cleaned for XML, measured (estimated, as no font is at hand on the server) and shortened.</summary>
internal static class ChartText
{
    /// <summary>The text without control characters (spaces instead) and with invalid XML replaced by U+FFFD.</summary>
    public static string Clean(string? text)
    {
        var clean = new StringBuilder((text ?? string.Empty).Length);
        var s = text ?? string.Empty;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                clean.Append(c).Append(s[++i]);
            }
            else
            {
                clean.Append(char.IsControl(c) ? ' ' : XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>Estimated width in pixels: CJK and full-width characters about 1 em, others about 0.6 em.</summary>
    public static double Width(string text, double fontSize) => text.Sum(c => char.IsLowSurrogate(c) ? 0 : c >= '\u2E80' ? 1.0 : 0.6) * fontSize;

    /// <summary>The text, shortened with … to fit <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double fontSize)
    {
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && Width(text[..length] + "…", fontSize) > maxWidth)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length] + "…";
    }

    /// <summary>A value label: invariant culture, thousands separated, fixed decimals, never "-0".</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0.0 : rounded).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The fewest decimals (0 to 2) that show every value exactly, so that one chart uses one precision.</summary>
    public static int Decimals(IEnumerable<double> values)
    {
        var list = values.Where(double.IsFinite).ToList();
        for (var decimals = 0; decimals < 2; decimals++)
        {
            var scale = Math.Pow(10, decimals);
            if (list.All(v => Math.Abs((v * scale) - Math.Round(v * scale)) < 1e-6))
            {
                return decimals;
            }
        }

        return 2;
    }
}
