using System.ComponentModel.DataAnnotations;
using Supervision.Application.Results;

namespace Supervision.Service.Pages.Inspector;

/// <summary>
/// The result form (检查结果录入): one field per column of the results file, so that the file's validator checks it and its
/// errors land beside the field they name. Dates are ISO (yyyy-MM-dd), as the date inputs send them.
/// </summary>
public sealed class ResultInput
{
    /// <summary>How many findings the form offers at once; a result with more is entered in a results file.</summary>
    public const int FindingRows = 3;

    [Required(ErrorMessage = "请选择检查结果")]
    [Display(Name = "检查结果")]
    public string Outcome { get; set; } = "";

    [Required(ErrorMessage = "请填写检查日期")]
    [Display(Name = "检查日期")]
    public string Date { get; set; } = "";

    [Display(Name = "检查人员")]
    public List<string> Inspectors { get; set; } = [];

    [Display(Name = "检查事项")]
    public List<string> Items { get; set; } = [];

    /// <summary>The item of each finding row (empty rows are left out).</summary>
    public List<string> FindingItems { get; set; } = [];

    /// <summary>The violation code of each finding row.</summary>
    public List<string> FindingCodes { get; set; } = [];

    [Display(Name = "危害后果")]
    public string Harm { get; set; } = "none";

    [Display(Name = "涉及数量")]
    public string? Quantity { get; set; }

    [Display(Name = "整改期限")]
    public string? Deadline { get; set; }

    [Display(Name = "整改情况")]
    public string Status { get; set; } = "not_required";

    [Display(Name = "改正时点")]
    public string? Timing { get; set; }

    [Display(Name = "改正日期")]
    public string? CorrectedOn { get; set; }

    /// <summary>The form field beside which each results-file column's errors are shown.</summary>
    public static IReadOnlyDictionary<string, string> FieldOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ResultColumns.Outcome] = nameof(Outcome),
        [ResultColumns.Date] = nameof(Date),
        [ResultColumns.Inspectors] = nameof(Inspectors),
        [ResultColumns.ItemsChecked] = nameof(Items),
        [ResultColumns.Findings] = "Findings",
        [ResultColumns.Harm] = nameof(Harm),
        [ResultColumns.Quantity] = nameof(Quantity),
        [ResultColumns.Deadline] = nameof(Deadline),
        [ResultColumns.Status] = nameof(Status),
        [ResultColumns.Timing] = nameof(Timing),
        [ResultColumns.CorrectedOn] = nameof(CorrectedOn),
    };

    /// <summary>The form as a row of the results file (column name → cell); task and enterprise are the task's.</summary>
    public Dictionary<string, string> Cells() => new(StringComparer.Ordinal)
    {
        [ResultColumns.Outcome] = Outcome,
        [ResultColumns.Date] = Date,
        [ResultColumns.Inspectors] = string.Join(';', Inspectors),
        [ResultColumns.ItemsChecked] = string.Join(';', Items),
        [ResultColumns.Findings] = string.Join(';', Findings()),
        [ResultColumns.Harm] = Harm,
        [ResultColumns.Quantity] = Quantity ?? "",
        [ResultColumns.Deadline] = Deadline ?? "",
        [ResultColumns.Status] = Status,
        [ResultColumns.Timing] = Timing ?? "",
        [ResultColumns.CorrectedOn] = CorrectedOn ?? "",
    };

    /// <summary>A form filled with a stored result's cells, to change it or to read it before confirming.</summary>
    public static ResultInput From(IReadOnlyDictionary<string, string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        string Cell(string column) => cells.GetValueOrDefault(column) ?? "";
        var input = new ResultInput
        {
            Outcome = Cell(ResultColumns.Outcome),
            Date = Cell(ResultColumns.Date),
            Inspectors = Split(Cell(ResultColumns.Inspectors)),
            Items = Split(Cell(ResultColumns.ItemsChecked)),
            Harm = Cell(ResultColumns.Harm) is { Length: > 0 } harm ? harm : "none",
            Quantity = Cell(ResultColumns.Quantity),
            Deadline = Cell(ResultColumns.Deadline),
            Status = Cell(ResultColumns.Status),
            Timing = Cell(ResultColumns.Timing),
            CorrectedOn = Cell(ResultColumns.CorrectedOn),
        };
        foreach (var finding in Split(Cell(ResultColumns.Findings)))
        {
            var at = finding.IndexOf(':', StringComparison.Ordinal);
            input.FindingItems.Add(at < 0 ? finding : finding[..at]);
            input.FindingCodes.Add(at < 0 ? "" : finding[(at + 1)..]);
        }

        return input;
    }

    /// <summary>The finding rows that hold anything, as item:violation-code (a half-filled row goes to the validator as typed).</summary>
    private IEnumerable<string> Findings()
    {
        for (var i = 0; i < Math.Max(FindingItems.Count, FindingCodes.Count); i++)
        {
            var item = i < FindingItems.Count ? FindingItems[i]?.Trim() ?? "" : "";
            var code = i < FindingCodes.Count ? FindingCodes[i]?.Trim() ?? "" : "";
            if (item.Length > 0 || code.Length > 0)
            {
                // A half-filled row is passed on as typed: the validator says what is missing.
                yield return $"{item}:{code}";
            }
        }
    }

    private static List<string> Split(string list) => [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
