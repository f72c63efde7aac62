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
            row.Error(ResultImporter.Uscc, $"task {task.TaskId} is an inspection of {task.Uscc}, not of {uscc}");
        }

        if (date is { } d && (d < task.WindowFrom || d > task.WindowTo))
        {
            row.Error(ResultImporter.Date, $"{d:yyyy-MM-dd} is outside the task's window {task.WindowFrom:yyyy-MM-dd} to {task.WindowTo:yyyy-MM-dd}");
        }

        if (inspectors.Count < 2)
        {
            // 行政处罚法 Art. 42: at least two enforcement officers.
            row.Error(ResultImporter.Inspectors, "at least two inspectors of the team must sign the result (行政处罚法第四十二条)");
        }

        foreach (var inspector in inspectors.Where(i => !task.Team.Contains(i, StringComparer.Ordinal)))
        {
            row.Error(ResultImporter.Inspectors, $"inspector {inspector} was not on the team of task {task.TaskId} ({string.Join(", ", task.Team)})");
        }

        if (items.Count == 0)
        {
            row.Error(ResultImporter.ItemsChecked, "at least one item checked is required");
        }

        foreach (var item in items.Where(i => !task.Items.Contains(i, StringComparer.Ordinal)))
        {
            row.Error(ResultImporter.ItemsChecked, $"item {item} is not an item of task {task.TaskId} ({string.Join(", ", task.Items)})");
        }
    }

    public static void Rectification(RowContext row, int findings, DateOnly? date, DateOnly? deadline, RectificationStatus status,
        CorrectionTiming timing, DateOnly? correctedOn)
    {
        if (findings == 0 && status != RectificationStatus.NotRequired)
        {
            row.Error(ResultImporter.Status, "there are no findings, so rectification_status must be not_required");
        }
        else if (findings > 0 && status == RectificationStatus.NotRequired)
        {
            row.Error(ResultImporter.Status, "findings were recorded: rectification_status must be corrected or pending");
        }

        if (status == RectificationStatus.Pending && deadline is null)
        {
            row.Error(ResultImporter.Deadline, "a pending rectification needs the deadline ordered (责令限期改正)");
        }

        if (status != RectificationStatus.Corrected)
        {
            if (timing != CorrectionTiming.NotCorrected || correctedOn is not null)
            {
                row.Error(ResultImporter.Timing, "corrected_timing and corrected_on are only filled when rectification_status is corrected");
            }

            return;
        }

        if (timing == CorrectionTiming.NotCorrected || correctedOn is not { } on)
        {
            row.Error(ResultImporter.Timing, "a correction needs corrected_timing (before_discovery, before_decision, within_deadline, late) and corrected_on");
            return;
        }

        if (TimingProblem(timing, on, date, deadline) is { } problem)
        {
            row.Error(ResultImporter.Timing, problem);
        }
    }

    private static string? TimingProblem(CorrectionTiming timing, DateOnly on, DateOnly? date, DateOnly? deadline) => timing switch
    {
        CorrectionTiming.BeforeDiscovery when date is { } d && on >= d => $"before_discovery needs corrected_on before the inspection date {d:yyyy-MM-dd}",
        CorrectionTiming.BeforeDecision when date is { } d && on < d => "before_decision means corrected after discovery: corrected_on is before the inspection date (use before_discovery)",
        CorrectionTiming.WithinDeadline when deadline is not { } => "within_deadline needs the rectification_deadline ordered",
        CorrectionTiming.WithinDeadline when on > deadline => $"corrected_on is after the deadline {deadline:yyyy-MM-dd}: the timing is late",
        CorrectionTiming.Late when deadline is not { } || on <= deadline => "late needs corrected_on after the rectification_deadline",
        _ => null,
    };
}
