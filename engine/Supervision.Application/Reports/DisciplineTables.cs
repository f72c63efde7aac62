using Supervision.Data.Exports;
using Supervision.Storage.Discipline;

namespace Supervision.Application.Reports;

/// <summary>The 电子监察 report as worksheets (Chinese headers, dates as ISO text, counts as numbers), one per table of the page.</summary>
public static class DisciplineTables
{
    public static IReadOnlyList<ReportTable> Of(DisciplineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            new("逾期未检查", [T("抽取编号"), T("任务"), T("统一社会信用代码"), T("部门"), T("检查窗口起"), T("检查窗口止"), T("检查人员"), N("逾期天数"), T("结果状态")],
                report.Overdue.Select(t => (IReadOnlyList<object?>)[t.DrawId, t.TaskId, t.Uscc, t.Department, Iso(t.WindowFrom), Iso(t.WindowTo),
                    string.Join(';', t.Team), t.DaysOverdue, t.State == "entered" ? "已录入待确认" : "未录入"])),
            new("结果逾期公示", [T("抽取编号"), T("检查户次"), T("统一社会信用代码"), T("公示期限"), N("任务数"), N("已公示"), T("最后公示日")],
                report.LatePublications.Select(p => (IReadOnlyList<object?>)[p.DrawId, p.VisitId, p.Uscc, Iso(p.Due), p.Tasks, p.Published,
                    p.LastPublished is { } d ? Iso(d) : ""])),
            new("作废的抽取", [T("抽取编号"), T("抽取日期"), T("作废时间"), T("操作人"), T("作废理由")],
                report.Voided.Select(v => (IReadOnlyList<object?>)[v.DrawId, Iso(v.DrawDate), v.VoidedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    v.Actor, v.Reason])),
            new("超出工作量上限", [T("抽取编号"), T("抽取日期"), T("计划"), T("检查人员"), N("任务数"), N("上限")],
                report.OverCeiling.Select(o => (IReadOnlyList<object?>)[o.DrawId, Iso(o.DrawDate), o.PlanId, o.Inspector, o.Tasks, o.Ceiling])),
            new("回避统计", [T("回避事由"), T("状态"), N("件数")],
                report.RecusalsByGround.Select(r => (IReadOnlyList<object?>)[DisciplineWords.Ground(r.Ground), r.Status == "pending" ? "待重新指派" : "已重新指派", r.Count])),
            new("回避最多的检查人员", [T("检查人员"), N("回避件数"), N("待重新指派")],
                report.RecusalsByInspector.Select(r => (IReadOnlyList<object?>)[r.Inspector, r.Count, r.Pending])),
            new("规则变更", [N("编号"), T("变更说明"), T("提出人"), T("状态"), T("审核人"), T("审核意见"), T("发布人"), T("规则包哈希")],
                report.RuleChanges.Select(c => (IReadOnlyList<object?>)[c.RequestId, c.Title, c.Author, DisciplineWords.Status(c.Status), c.Reviewer ?? "",
                    c.ReviewComment ?? "", c.PublishedBy ?? "", c.BundleHash ?? ""])),
        ];
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ReportColumn T(string header) => new(header, ReportCellKind.Text);

    private static ReportColumn N(string header) => new(header, ReportCellKind.Integer);
}
