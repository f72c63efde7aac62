using System.Text;
using Supervision.Data.Import;
using Supervision.Draws.Calendar;
using Supervision.Draws.Record;

namespace Supervision.Data.Results;

/// <summary>
/// The results notice of a draw (三公开: 结果公开): each inspected enterprise's result and outcome, as results-notice.csv
/// and results-notice.html, with its publication deadline and an overdue flag; and publication-status.csv for
/// regulators, covering every task of the draw (results missing past their deadline are flagged). No category, pool
/// or credit class is shown.
/// </summary>
public static class ResultsNoticeWriter
{
    public static readonly IReadOnlyList<string> NoticeHeader =
        ["uscc", "enterprise", "department", "inspection_date", "items_checked", "result", "rectification", "due", "published_on", "overdue"];

    /// <returns>Results published, of them overdue, and tasks without a result past their deadline.</returns>
    public static (int Published, int Overdue, int MissingOverdue) Write(string directory, DrawRecord record, IReadOnlyList<InspectionResult> results,
        IReadOnlyDictionary<string, (string Outcome, string Violation)> decisions, WorkingDayCalendar calendar, DateOnly asOf)
    {
        Directory.CreateDirectory(directory);
        var plans = record.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var tasks = record.Outcome.Tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var result in results.OrderBy(r => r.Date).ThenBy(r => r.TaskId, StringComparer.Ordinal))
        {
            var task = tasks[result.TaskId];
            var due = PublicationDeadline.Due(calendar, result.Date, plans[task.PlanId].PublicationWorkingDays);
            rows.Add([result.Uscc, task.Name, result.Department, DecisionCsv.Iso(result.Date), string.Join('、', result.ItemsChecked),
                Outcome(result, decisions), Rectification(result), PublicationDeadline.Words(due), DecisionCsv.Iso(asOf),
                PublicationDeadline.IsOverdue(due, asOf) ? "逾期公示" : ""]);
        }

        SafeCsvWriter.Write(Path.Combine(directory, "results-notice.csv"), NoticeHeader, rows);
        File.WriteAllText(Path.Combine(directory, "results-notice.html"), ResultsNoticeHtml.Render(record, rows, asOf), new UTF8Encoding(false));
        var missingOverdue = WriteStatus(directory, record, results, calendar, asOf);
        return (rows.Count, rows.Count(r => r[9] is { Length: > 0 }), missingOverdue);
    }

    private static string Outcome(InspectionResult result, IReadOnlyDictionary<string, (string Outcome, string Violation)> decisions)
    {
        if (result.Findings.Count == 0)
        {
            return "未发现问题";
        }

        var parts = result.Findings.Select(f => decisions.TryGetValue(result.FindingId(f), out var d)
            ? $"{d.Violation}（{d.Outcome}）"
            : $"{f.ViolationCode}（尚未作出决定）");
        return $"发现问题 {result.Findings.Count} 项：{string.Join("；", parts)}";
    }

    private static string Rectification(InspectionResult result) => result.Status switch
    {
        RectificationStatus.Corrected => $"已改正（{DecisionCsv.Iso(result.CorrectedOn!.Value)}）",
        RectificationStatus.Pending => $"责令限期改正（至 {DecisionCsv.Iso(result.RectificationDeadline!.Value)}）",
        _ => "",
    };

    private static int WriteStatus(string directory, DrawRecord record, IReadOnlyList<InspectionResult> results, WorkingDayCalendar calendar, DateOnly asOf)
    {
        var plans = record.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var byTask = results.ToDictionary(r => r.TaskId, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var task in record.Outcome.Tasks.OrderBy(t => t.TaskId, StringComparer.Ordinal))
        {
            var result = byTask.GetValueOrDefault(task.TaskId);
            // Without a result the latest lawful inspection day is the window's end; the deadline runs from there.
            var due = PublicationDeadline.Due(calendar, result?.Date ?? task.WindowTo, plans[task.PlanId].PublicationWorkingDays);
            var overdue = PublicationDeadline.IsOverdue(due, asOf);
            var status = (result, overdue) switch
            {
                (not null, false) => "published",
                (not null, true) => "published_late",
                (null, true) => "missing_overdue",
                _ => due is null ? "missing_due_unknown" : "missing",
            };
            rows.Add([task.TaskId, task.Uscc, task.Department, DecisionCsv.Iso(task.WindowTo), result is null ? "" : DecisionCsv.Iso(result.Date),
                PublicationDeadline.Words(due), status]);
        }

        SafeCsvWriter.Write(Path.Combine(directory, "publication-status.csv"),
            ["task_id", "uscc", "department", "window_to", "inspection_date", "due", "status"], rows);
        return rows.Count(r => r[6] == "missing_overdue");
    }
}
