using Supervision.Application.Reports;
using Supervision.Storage.Reports;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>The overview summed from a breakdown: shares, the bundle's order, unknown and failed values.</summary>
public sealed class RiskOverviewTests
{
    private static readonly ReportVocabulary Vocabulary = new(ShippedBundle.Bundle);

    [Fact]
    public void From_Counts_SumsSharesInTheBundlesOrder()
    {
        BreakdownCount[] counts =
        [
            new("C2614", "鲅鱼圈区海星街道", "III", "黄", "A", "routine", 30),
            new("C2614", "鲅鱼圈区海星街道", "I", "红", "D", "blacklist", 10),
            new("F5292", "老边区柳树镇", "I", "橙", "C", "routine", 5),
            new("F5292", "", "IV", "蓝", "A", "routine", 50),
            new("F5292", "老边区柳树镇", "", "", "", "", 5),
        ];

        var overview = RiskOverview.From(counts, Vocabulary);

        Assert.Equal(100, overview.Total);
        Assert.Equal(["I", "III", "IV", ""], overview.ByCategory.Select(r => r.Value));
        Assert.Equal([15L, 30, 50, 5], overview.ByCategory.Select(r => r.Enterprises));
        Assert.Equal(0.15, overview.ByCategory[0].Share, 10);
        Assert.Equal(["红", "橙", "黄", "蓝", ""], overview.BySafetyLevel.Select(r => r.Value));
        Assert.Equal(["D", "C", "A", ""], overview.ByCreditClass.Select(r => r.Value));
        Assert.Equal(["blacklist", "routine", ""], overview.ByRegime.Select(r => r.Value));
        Assert.Equal(["I", "III", "IV", ""], overview.Categories);
        Assert.Equal(["老边区柳树镇", "鲅鱼圈区海星街道", ""], overview.ByDistrict.Select(r => r.Key));
        var liushu = overview.ByDistrict[0];
        Assert.Equal([5L, 0, 0, 5], liushu.Counts);
        Assert.Equal(0.5, liushu.Share(0), 10);
        Assert.Equal(["C2614", "F5292"], overview.ByIndustry.Select(r => r.Key));
        Assert.Equal(60, overview.ByIndustry[1].Total);
    }

    [Fact]
    public void Order_UnknownValuesAfterTheKnown_EmptyLast()
        => Assert.Equal(["II", "I", "V", "X", ""], ReportVocabulary.Order(["X", "", "I", "V", "II", "I"], ["II", "I"]));

    [Fact]
    public void From_Nothing_IsAnEmptyOverviewWithoutDividingByZero()
    {
        var overview = RiskOverview.From([], Vocabulary);

        Assert.Equal(0, overview.Total);
        Assert.Empty(overview.ByCategory);
        Assert.Empty(overview.ByDistrict);
    }

    [Fact]
    public void Vocabulary_KnowsTheShippedRulesTitlesAndBases()
    {
        var element = Vocabulary.Element("C-DED-ABNORMAL");

        Assert.NotNull(element);
        Assert.Contains("经营异常", element.Value.Basis + element.Value.Title, StringComparison.Ordinal);
        Assert.Null(Vocabulary.Element("NO-SUCH-RULE"));
        Assert.Equal("评估出错", ReportVocabulary.Label(""));
    }
}
