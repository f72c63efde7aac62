using System.Text;
using Supervision.Data.Import;
using Supervision.Draws.Record;
using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>
/// Imports inspection results (results CSV) against the draw record they answer: a row for an unknown task, another
/// enterprise, an inspector not on the team, a date outside the window, or an item the task does not cover is
/// rejected with the reason at file:line:column; read = accepted + rejected. One result per task.
/// </summary>
public static class ResultImporter
{
    /// <summary>The name a single result checked by <see cref="Check"/> is reported under.</summary>
    public const string FormName = "检查结果录入";

    public static readonly ColumnSpec TaskId = new("task_id", "检查任务编号");
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Date = new("date", "检查日期");
    public static readonly ColumnSpec Inspectors = new("inspectors", "检查人员", MaxLength: ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec ItemsChecked = new("items_checked", "检查事项", MaxLength: ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec Findings = new("findings", "发现问题", ColumnPresence.Optional, ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec Harm = new("harm", "危害后果", ColumnPresence.Optional);
    public static readonly ColumnSpec Quantity = new("quantity", "涉及数量", ColumnPresence.Optional, Form: CellForm.Number);
    public static readonly ColumnSpec Deadline = new("rectification_deadline", "整改期限", ColumnPresence.Optional);
    public static readonly ColumnSpec Status = new("rectification_status", "整改情况");
    public static readonly ColumnSpec Timing = new("corrected_timing", "改正时点", ColumnPresence.Optional);
    public static readonly ColumnSpec CorrectedOn = new("corrected_on", "改正日期", ColumnPresence.Optional);
    public static readonly ColumnSpec Outcome = new("outcome", "检查结果", ColumnPresence.Optional);

    /// <summary>Every column, in the order the results file documents them (and exports and single rows write them).</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
        [TaskId, Uscc, Date, Inspectors, ItemsChecked, Findings, Harm, Quantity, Deadline, Status, Timing, CorrectedOn, Outcome];

    private static readonly Dictionary<string, RectificationStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["not_required"] = RectificationStatus.NotRequired,
        ["corrected"] = RectificationStatus.Corrected,
        ["pending"] = RectificationStatus.Pending,
    };

    private static readonly Dictionary<string, HarmLevel> Harms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = HarmLevel.None,
        ["slight"] = HarmLevel.Slight,
        ["serious"] = HarmLevel.Serious,
    };

    private static readonly Dictionary<string, CorrectionTiming> Timings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["before_discovery"] = CorrectionTiming.BeforeDiscovery,
        ["before_decision"] = CorrectionTiming.BeforeDecision,
        ["within_deadline"] = CorrectionTiming.WithinDeadline,
        ["late"] = CorrectionTiming.Late,
    };

    public static ImportResult<InspectionResult> Import(string path, DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TableImporter.Import(path, Schema(record.Outcome.Tasks));
    }

    /// <summary>
    /// One result as a row of the results file (cells by column name; a column missing is an empty cell), checked against
    /// <paramref name="task"/> exactly as <see cref="Import(string, DrawRecord)"/> checks a file's row: what the web's
    /// result form submits. Each error names its column.
    /// </summary>
    public static ImportResult<InspectionResult> Check(IReadOnlyDictionary<string, string> cells, TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(task);
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(c => c.Name)).Append('\n');
        text.AppendJoin(',', Columns.Select(c => Quote(cells.GetValueOrDefault(c.Name) ?? ""))).Append('\n');
        var content = text.ToString();
        // A cell may hold a line break (the reader then rejects the row as malformed): map every line the text has.
        var lineMap = Enumerable.Range(1, content.Count(c => c == '\n') + 1).ToArray();
        var file = new InputFile(FormName, () => CsvTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(content)),
            new DetectedEncoding(TextEncodingDetector.Utf8, null, null), lineMap));
        return TableImporter.Import(file, Schema([task]));
    }

    private static string Quote(string cell) => $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static TableSchema<InspectionResult, string> Schema(IEnumerable<TaskRecord> records)
    {
        var tasks = records.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        return new TableSchema<InspectionResult, string>(Columns, row => Map(row, tasks), result => result.TaskId, TaskId, "task_id (one result per task)");
    }

    private static InspectionResult Map(RowContext row, Dictionary<string, TaskRecord> tasks)
    {
        var taskId = row.RequiredText(TaskId);
        var uscc = row.RequiredUscc(Uscc);
        var date = row.RequiredDate(Date);
        var inspectors = row.List(Inspectors);
        var items = row.List(ItemsChecked);
        var findings = ParseFindings(row, items);
        var task = tasks.GetValueOrDefault(taskId);
        if (taskId.Length > 0 && task is null)
        {
            row.Error(TaskId, $"本次抽取没有该检查任务 — unknown task: '{taskId}' is not a task of this draw");
        }
        else if (task is not null)
        {
            ResultChecks.AgainstTask(row, task, uscc, date, inspectors, items);
        }

        var harm = row.OptionalText(Harm) is null ? HarmLevel.None : row.RequiredChoice(Harm, Harms) ?? HarmLevel.None;
        var quantity = row.OptionalDecimal(Quantity);
        if (quantity < 0)
        {
            row.Error(Quantity, $"涉及数量不能为负数 — quantity {quantity} is negative: a quantity involved counts goods or units, from 0 up");
            quantity = null;
        }
        var deadline = row.OptionalDate(Deadline);
        var status = row.RequiredChoice(Status, Statuses) ?? RectificationStatus.NotRequired;
        var correctedOn = row.OptionalDate(CorrectedOn);
        var timing = row.OptionalText(Timing) is null ? CorrectionTiming.NotCorrected : row.RequiredChoice(Timing, Timings) ?? CorrectionTiming.NotCorrected;
        ResultChecks.Rectification(row, row.List(Findings).Count, date, deadline, status, timing, correctedOn);
        var category = Category(row);
        if (category is not null)
        {
            ResultChecks.Category(row, category, row.List(Findings).Count);
        }

        return new InspectionResult(taskId, uscc, task?.Department ?? "", date ?? default, inspectors, items, findings, harm, quantity, deadline,
            status, timing, correctedOn, row.Line, category);
    }

    // Optional in a file (results files written before the column existed still import); the web form always fills it.
    private static ResultCategory? Category(RowContext row)
    {
        if (row.OptionalText(Outcome) is not { } code)
        {
            return null;
        }

        if (ResultCategory.Find(code) is { } category)
        {
            return category;
        }

        row.Error(Outcome, $"不是标准的检查结果类别 — not one of the result categories: {string.Join(", ", ResultCategory.All.Select(c => c.Code))}");
        return null;
    }

    private static List<ResultFinding> ParseFindings(RowContext row, IReadOnlyList<string> items)
    {
        var findings = new List<ResultFinding>();
        foreach (var text in row.List(Findings))
        {
            var parts = text.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                row.Error(Findings, $"发现的问题须同时写明所属检查事项和违法行为代码 — '{text}' is not item:violation-code (e.g. SC-005:SJ-MB-01)");
            }
            else if (!items.Contains(parts[0], StringComparer.Ordinal))
            {
                row.Error(Findings, $"发现问题所属的检查事项 {parts[0]} 未列入检查事项 — finding '{text}' is on item {parts[0]}, which is not among items_checked");
            }
            else if (findings.Exists(f => f.ViolationCode == parts[1]))
            {
                row.Error(Findings, $"违法行为 {parts[1]} 重复记录 — violation {parts[1]} is listed twice; record each violation once per inspection");
            }
            else
            {
                findings.Add(new ResultFinding(parts[0], parts[1]));
            }
        }

        return findings;
    }
}
