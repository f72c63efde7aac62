namespace Supervision.Application.Reports;

/// <summary>The coverage in one sentence, as the page and the printable report say it.</summary>
public static class CoverageWords
{
    public static string Summary(CoverageReport coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var share = coverage.Enterprises == 0 ? 0 : (double)coverage.NeverVisited / coverage.Enterprises;
        var caps = coverage.CapTotal is { } total && coverage.CapPerDepartment is { } department
            ? $"按抽查计划最严格的年度上限（每户每年合计 {total} 次、单一部门 {department} 次），{coverage.AsOf.Year} 年超过上限的企业 {ReportFormat.Count(coverage.OverCaps.Count)} 户"
                + (coverage.TriggeredOverCaps > 0 ? $"（其中 {ReportFormat.Count(coverage.TriggeredOverCaps)} 户有触发式检查，不受上限约束）" : "")
            : "未读取到抽查计划的年度上限";
        return $"{ReportFormat.Count(coverage.Enterprises)} 户企业中从未检查的 {ReportFormat.Count(coverage.NeverVisited)} 户（{ReportFormat.Percent(share)}）；{caps}。";
    }
}
