using System.Xml.Linq;
using Supervision.Data.Exports;

namespace Supervision.Tests.Exports;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartBar[] Districts =
    [
        new("黄浦区", 87),
        new("浦东新区", 42),
        new("<script>&\"徐汇\"", 5),
    ];

    [Fact]
    public void Bars_Districts_WellFormedAccessibleAndScalable()
    {
        var root = XDocument.Parse(SvgChart.Bars("各区高风险企业数", Districts, "家")).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("各区高风险企业数", (string?)root.Attribute("aria-label"));
        Assert.Equal("各区高风险企业数", root.Element(Svg + "title")?.Value);
        Assert.Equal("0 0 640.0 170.0", (string?)root.Attribute("viewBox"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Equal("\"Noto Sans CJK SC\",\"Noto Sans SC\",sans-serif", (string?)root.Attribute("font-family"));
        Assert.Contains(Texts(root), t => t == "单位：家");
    }

    [Fact]
    public void Bars_LabelWithMarkup_EscapedAndKeptAsText()
    {
        var svg = SvgChart.Bars("标题<&>", Districts, "家");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;&amp;", svg, StringComparison.Ordinal);
        var root = XDocument.Parse(svg).Root!;
        Assert.Contains(Texts(root), t => t == "<script>&\"徐汇\"");
        Assert.Equal("标题<&>", root.Element(Svg + "title")?.Value);
    }

    [Fact]
    public void Bars_SameInput_SameBytes()
    {
        Assert.Equal(SvgChart.Bars("图", Districts, "家"), SvgChart.Bars("图", [.. Districts], "家"));
    }

    [Fact]
    public void Bars_Values_NiceTicksAndValueLabels()
    {
        var texts = Texts(XDocument.Parse(SvgChart.Bars("图", Districts, "家")).Root!);

        Assert.Equal(["0", "20", "40", "60", "80", "100"], texts.Where(t => t.All(char.IsDigit)).Take(6));
        Assert.Contains("87", texts);
        Assert.Contains("42", texts);
    }

    [Fact]
    public void Bars_Negative_DrawnLeftOfZeroWithNegativeTicks()
    {
        var root = XDocument.Parse(SvgChart.Bars("变化", [new("甲", -30.5), new("乙", 50)], "")).Root!;

        var texts = Texts(root);
        Assert.Contains("-40", texts);
        Assert.Contains("-30.5", texts);
        Assert.Contains("50.0", texts);
        var bars = root.Elements(Svg + "rect").Skip(1).Select(r => (X: double.Parse((string)r.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture), r)).ToList();
        Assert.True(bars[0].X < bars[1].X);
        Assert.DoesNotContain(texts, t => t.StartsWith("单位", StringComparison.Ordinal));
    }

    [Fact]
    public void Bars_AllZero_AxisFromZeroToOne()
    {
        var texts = Texts(XDocument.Parse(SvgChart.Bars("图", [new("甲", 0), new("乙", 0)], "家")).Root!);

        Assert.Contains("0.2", texts);
        Assert.Contains("1.0", texts);
    }

    [Fact]
    public void Bars_Empty_SaysNoData()
    {
        var root = XDocument.Parse(SvgChart.Bars("图", [], "家")).Root!;

        Assert.Contains("无数据", Texts(root));
        Assert.Empty(root.Elements(Svg + "rect").Skip(1));
    }

    [Fact]
    public void Lines_SeriesWithGap_TwoSegmentsAndLegend()
    {
        string[] months = ["1月", "2月", "3月", "4月", "5月"];
        ChartSeries[] series =
        [
            new("高风险", [10, 12, null, 15, 9]),
            new("中风险", [20, 25, 30, 28, 26]),
        ];

        var root = XDocument.Parse(SvgChart.Lines("月度趋势", months, series, "家")).Root!;

        var paths = root.Elements(Svg + "path").ToList();
        Assert.Equal(2, paths.Count);
        Assert.Equal(2, ((string)paths[0].Attribute("d")!).Count(c => c == 'M'));
        Assert.Equal(1, ((string)paths[1].Attribute("d")!).Count(c => c == 'M'));
        Assert.NotEqual((string?)paths[0].Attribute("stroke"), (string?)paths[1].Attribute("stroke"));
        var texts = Texts(root);
        Assert.Contains("高风险", texts);
        Assert.Contains("中风险", texts);
        Assert.Contains("3月", texts);
        Assert.Equal(9, root.Elements(Svg + "circle").Count());
    }

    [Fact]
    public void Lines_SinglePoint_MarkerInTheMiddle()
    {
        var root = XDocument.Parse(SvgChart.Lines("图", ["2026-11"], [new("甲", [5])], "")).Root!;

        var circle = Assert.Single(root.Elements(Svg + "circle"));
        Assert.Equal("340.0", (string?)circle.Attribute("cx"));
    }

    [Fact]
    public void Lines_AllNullOrNoLabels_SaysNoData()
    {
        Assert.Contains("无数据", SvgChart.Lines("图", ["1月"], [new("甲", [null])], ""), StringComparison.Ordinal);
        Assert.Contains("无数据", SvgChart.Lines("图", [], [], ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_SeriesLengthDiffers_Throws()
    {
        Assert.Throws<ArgumentException>(() => SvgChart.Lines("图", ["1月", "2月"], [new("甲", [1])], ""));
    }

    [Fact]
    public void StackedShares_Groups_PercentLabelsAndNoDataForZeroTotal()
    {
        ChartShareGroup[] groups =
        [
            new("黄浦区", [1, 1, 2]),
            new("徐汇区", [0, 0, 0]),
            new("静安区", [3, -1, 1]),
        ];

        var root = XDocument.Parse(SvgChart.StackedShares("行业占比", ["餐饮", "零售", "制造"], groups)).Root!;

        var texts = Texts(root);
        Assert.Contains("50.0%", texts);
        Assert.Contains("25.0%", texts);
        Assert.Contains("75.0%", texts);
        Assert.Contains("无数据", texts);
        Assert.Contains("100%", texts);
        Assert.Contains("制造", texts);
    }

    [Fact]
    public void StackedShares_SameInput_SameBytes()
    {
        ChartShareGroup[] groups = [new("甲", [1, 2]), new("乙", [3, 4])];

        Assert.Equal(SvgChart.StackedShares("图", ["a", "b"], groups), SvgChart.StackedShares("图", ["a", "b"], [.. groups]));
    }

    private static List<string> Texts(XElement root) => [.. root.Descendants(Svg + "text").Select(t => string.Concat(t.Nodes().OfType<XText>().Select(n => n.Value)))];
}
