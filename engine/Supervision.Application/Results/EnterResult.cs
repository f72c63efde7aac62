using Supervision.Data.Results;
using Supervision.Draws.Record;
using Supervision.Storage.Results;
using Supervision.Storage.Tasks;

namespace Supervision.Application.Results;

/// <summary>
/// An inspector enters the result of one of their tasks (检查结果录入): the result, written as a row of the results file,
/// goes through the validator `results import` uses (<see cref="ResultImporter.Check"/>) against the task as it stands,
/// and only a result it accepts is stored, as entered, for a teammate to confirm.
/// </summary>
/// <remarks>The task is found among the inspector's own, so another's is <see cref="EntryAttempt.NotFound"/>. Thread-safe.</remarks>
public sealed class EnterResult(InspectorTaskStore tasks, ResultEntryStore results)
{
    /// <summary>
    /// Checks and stores <paramref name="cells"/> (results-file column name → cell; <c>task_id</c> and <c>uscc</c> are the
    /// task's, whatever is given) as the result of <paramref name="inspectorId"/>'s task <paramref name="taskNo"/>.
    /// </summary>
    public async Task<EntryReport> RunAsync(
        string inspectorId, string userName, long taskNo, IReadOnlyDictionary<string, string> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (await tasks.FindAsync(inspectorId, taskNo, cancellationToken) is not { } task)
        {
            return EntryReport.Of(EntryAttempt.NotFound);
        }

        var row = new Dictionary<string, string>(cells, StringComparer.Ordinal)
        {
            [ResultImporter.TaskId.Name] = task.TaskId,
            [ResultImporter.Uscc.Name] = task.Uscc,
        };
        var checkedRow = ResultImporter.Check(row, RecordOf(task));
        var errors = checkedRow.Report.Issues
            .Where(i => i.Severity == Model.Import.IssueSeverity.Error)
            .GroupBy(i => i.Column ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(i => i.Reason)], StringComparer.Ordinal);
        if (checkedRow.Rows is [{ Category: null }])
        {
            // A file may leave the category out (files written before it existed); a result entered here may not.
            errors[ResultImporter.Outcome.Name] = ["请选择检查结果 — the result category is required"];
        }

        if (errors.Count > 0 || checkedRow.Rows is not [var result])
        {
            return new EntryReport(EntryAttempt.Invalid, errors);
        }

        var stored = ResultImporter.Columns.ToDictionary(c => c.Name, c => row.GetValueOrDefault(c.Name)?.Trim() ?? "", StringComparer.Ordinal);
        var draft = new ResultDraft(result.Date, result.Category!.Code, result.Inspectors,
            [.. result.Findings.Select(f => new EntryFinding(f.Item, f.ViolationCode))], stored);
        return (await results.RecordAsync(inspectorId, userName, taskNo, draft, cancellationToken)) switch
        {
            EntryOutcome.Recorded => EntryReport.Of(EntryAttempt.Recorded),
            EntryOutcome.AlreadyConfirmed => EntryReport.Of(EntryAttempt.AlreadyConfirmed),
            _ => EntryReport.Of(EntryAttempt.NotFound),
        };
    }

    // The task as the validator knows it from a draw record, with the team as it stands: an inspector who withdrew
    // (回避) may not sign the result.
    private static TaskRecord RecordOf(InspectorTask task) => new(
        task.TaskId, task.PlanId, task.Department, "", task.Uscc, task.EnterpriseName, task.VisitId, task.WindowFrom, task.WindowTo,
        [.. task.Items.Select(i => i.Code)], [.. task.Team.Select(m => m.InspectorId)], null, []);
}
