using Supervision.Data.Import;
using Supervision.Draws.Record;
using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>The checks of a result row against its task and of its rectification cells against each other.</summary>
internal static class ResultChecks
{
    public static void AgainstTask(RowContext row, TaskRecord task, string uscc, DateOnly? date, IReadOnlyList<string> inspectors, IReadOnlyList<string> items)
    {
        if (uscc.Length > 0 && uscc != task.Uscc)
        {
            row.Error(ResultImporter.Uscc, $"任务所检查的企业不是 {uscc} — task {task.TaskId} is an inspection of {task.Uscc}, not of {uscc}");
        }

        if (date is { } d && (d < task.WindowFrom || d > task.WindowTo))
        {
            row.Error(ResultImporter.Date, $"检查日期不在任务的检查时段内 — {d:yyyy-MM-dd} is outside the task's window {task.WindowFrom:yyyy-MM-dd} to {task.WindowTo:yyyy-MM-dd}");
        }

        if (inspectors.Count < 2)
        {
            // 行政处罚法 Art. 42: at least two enforcement officers.
            row.Error(ResultImporter.Inspectors, "检查结果须有检查组至少两名检查人员（行政处罚法第四十二条） — at least two inspectors of the team must sign the result");
        }

        foreach (var inspector in inspectors.Where(i => !task.Team.Contains(i, StringComparer.Ordinal)))
        {
            row.Error(ResultImporter.Inspectors, $"检查人员 {inspector} 不在本任务的检查组中 — inspector {inspector} was not on the team of task {task.TaskId} ({string.Join(", ", task.Team)})");
        }

        if (items.Count == 0)
        {
            row.Error(ResultImporter.ItemsChecked, "至少须有一项检查事项 — at least one item checked is required");
        }

        foreach (var item in items.Where(i => !task.Items.Contains(i, StringComparer.Ordinal)))
        {
            row.Error(ResultImporter.ItemsChecked, $"{item} 不是本任务的检查事项 — item {item} is not an item of task {task.TaskId} ({string.Join(", ", task.Items)})");
        }
    }

    public static void Rectification(RowContext row, int findings, DateOnly? date, DateOnly? deadline, RectificationStatus status,
        CorrectionTiming timing, DateOnly? correctedOn)
    {
        if (findings == 0 && status != RectificationStatus.NotRequired)
        {
            row.Error(ResultImporter.Status, "未发现问题时整改情况应为无需整改 — there are no findings, so rectification_status must be not_required");
        }
        else if (findings > 0 && status == RectificationStatus.NotRequired)
        {
            row.Error(ResultImporter.Status, "发现问题时整改情况应为已改正或责令限期改正 — findings were recorded: rectification_status must be corrected or pending");
        }

        if (deadline is { } due && date is { } inspected && due < inspected)
        {
            row.Error(ResultImporter.Deadline, $"整改期限早于检查日期 — the rectification deadline {due:yyyy-MM-dd} is before the inspection date {inspected:yyyy-MM-dd}: a deadline is ordered at or after the inspection");
        }

        if (status == RectificationStatus.Pending && deadline is null)
        {
            row.Error(ResultImporter.Deadline, "责令限期改正须填写整改期限 — a pending rectification needs the deadline ordered");
        }

        if (status != RectificationStatus.Corrected)
        {
            if (timing != CorrectionTiming.NotCorrected || correctedOn is not null)
            {
                row.Error(ResultImporter.Timing, "仅在已改正时填写改正时点和改正日期 — corrected_timing and corrected_on are only filled when rectification_status is corrected");
            }

            return;
        }

        if (timing == CorrectionTiming.NotCorrected || correctedOn is not { } on)
        {
            row.Error(ResultImporter.Timing, "已改正须填写改正时点和改正日期 — a correction needs corrected_timing (before_discovery, before_decision, within_deadline, late) and corrected_on");
            return;
        }

        if (TimingProblem(timing, on, date, deadline) is { } problem)
        {
            row.Error(ResultImporter.Timing, problem);
        }
    }

    public static void Category(RowContext row, ResultCategory category, int findings)
    {
        if (category.Findings == CategoryFindings.Required && findings == 0)
        {
            row.Error(ResultImporter.Findings, $"检查结果为“{category.Words}”时至少须记录一项发现的问题 — the outcome {category.Code} needs at least one finding, item:violation-code");
        }
        else if (category.Findings == CategoryFindings.None && findings > 0)
        {
            row.Error(ResultImporter.Findings, $"检查结果为“{category.Words}”时不记录发现的问题 — the outcome {category.Code} records no findings: remove them or choose a category of problems found");
        }
    }

    private static string? TimingProblem(CorrectionTiming timing, DateOnly on, DateOnly? date, DateOnly? deadline) => timing switch
    {
        CorrectionTiming.BeforeDiscovery when date is { } d && on >= d => $"检查发现前已改正时改正日期须早于检查日期 — before_discovery needs corrected_on before the inspection date {d:yyyy-MM-dd}",
        CorrectionTiming.BeforeDecision when date is { } d && on < d => "改正日期早于检查日期，应选检查发现前已改正 — before_decision means corrected after discovery: corrected_on is before the inspection date (use before_discovery)",
        CorrectionTiming.WithinDeadline when deadline is not { } => "在整改期限内改正须填写整改期限 — within_deadline needs the rectification_deadline ordered",
        CorrectionTiming.WithinDeadline when on > deadline => $"改正日期晚于整改期限，应为超过整改期限改正 — corrected_on is after the deadline {deadline:yyyy-MM-dd}: the timing is late",
        CorrectionTiming.Late when deadline is not { } || on <= deadline => "超过整改期限改正须有整改期限且改正日期晚于它 — late needs corrected_on after the rectification_deadline",
        _ => null,
    };
}
