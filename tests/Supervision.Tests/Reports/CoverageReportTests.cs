using Supervision.Application.Reports;
using Supervision.Model.Registry;
using Supervision.Storage.Reports;

namespace Supervision.Tests.Reports;

/// <summary>Coverage and 无事不扰 from a history, confirmed visits and the plans' caps.</summary>
public sealed class CoverageReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    [Fact]
    public void From_HistoryAndConfirmedVisits_CountsEachVisitOnce_AndFindsWhoIsOverACap()
    {
        AssessedEnterprise[] population = [Enterprise("A"), Enterprise("B"), Enterprise("C"), Enterprise("D"), Enterprise("E")];
        InspectionRecord[] history =
        [
            Visit("A", new(2026, 3, 1), "市场监管局"), Visit("A", new(2026, 5, 1), "市场监管局"), Visit("A", new(2026, 6, 1), "应急管理局"),
            Visit("B", new(2025, 6, 1), "市场监管局"), Visit("C", new(2023, 1, 1), "生态环境局"), Visit("C", new(2027, 1, 1), "生态环境局"),
            Visit("Z", new(2026, 1, 1), "市场监管局"),
        ];
        ConfirmedVisit[] confirmed =
        [
            new("A", new(2026, 6, 1), "应急管理局", "I"),             // the same visit as the history's: once
            new("D", new(2026, 2, 1), "市场监管局", "triggered"), new("D", new(2026, 3, 1), "市场监管局", "II"),
        ];

        var coverage = CoverageReport.From(AsOf, population, history, confirmed, [(4, 2), (3, 1)]);

        Assert.Equal(5, coverage.Enterprises);
        Assert.Equal([("1 年内", 2L), ("1–2 年", 1L), ("2–3 年", 0L), ("3 年及以上", 1L), ("从未检查", 1L)], coverage.SinceLastVisit);
        Assert.Equal((3, 1), (coverage.CapTotal!.Value, coverage.CapPerDepartment!.Value));
        Assert.Equal([(0, 3L), (2, 1L), (3, 1L)], coverage.VisitsThisYear);
        Assert.Equal(["A", "D"], coverage.OverCaps.Select(e => e.Uscc));
        Assert.Equal((3, 2, false), (coverage.OverCaps[0].Visits, coverage.OverCaps[0].MostByOneDepartment, coverage.OverCaps[0].Triggered));
        Assert.True(coverage.OverCaps[1].Triggered);
        Assert.Equal(1, coverage.TriggeredOverCaps);
        Assert.Equal(1, coverage.NeverVisited);
        Assert.Contains("从未检查的 1 户（20.0%）", CoverageWords.Summary(coverage), StringComparison.Ordinal);
    }

    [Fact]
    public void From_WithoutPlans_HasNoCapsAndNobodyOverThem()
    {
        var coverage = CoverageReport.From(AsOf, [Enterprise("A")], [Visit("A", new(2026, 1, 1), "市场监管局"), Visit("A", new(2026, 1, 2), "市场监管局")], [], []);

        Assert.Null(coverage.CapTotal);
        Assert.Empty(coverage.OverCaps);
        Assert.Contains("未读取到抽查计划的年度上限", CoverageWords.Summary(coverage), StringComparison.Ordinal);
    }

    private static AssessedEnterprise Enterprise(string uscc)
        => new(uscc, "企业" + uscc, "C2614", "", "", "", "III", "黄", 80, "B", 80, "routine", [], null);

    private static InspectionRecord Visit(string uscc, DateOnly date, string department) => new($"{uscc}-{date}", uscc, date, department, [], false, []);
}
