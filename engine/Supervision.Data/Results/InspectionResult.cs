using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>What the inspectors of one draw task found (检查结果), as imported and checked against the draw record.</summary>
/// <param name="TaskId">The draw task.</param>
/// <param name="Uscc">The enterprise (the task's).</param>
/// <param name="Department">The task's department.</param>
/// <param name="Date">Date of the visit, inside the task's window.</param>
/// <param name="Inspectors">Inspectors present, all on the task's team.</param>
/// <param name="ItemsChecked">Items checked, all among the task's items.</param>
/// <param name="Findings">Violations found, each on an item checked.</param>
/// <param name="Harm">Harm of the violations as the inspectors judged it.</param>
/// <param name="Quantity">The measure list thresholds read (persons concerned, goods value in yuan), or null.</param>
/// <param name="RectificationDeadline">Deadline ordered (责令限期改正), or null.</param>
/// <param name="Status">Rectification status.</param>
/// <param name="Timing">When it was corrected (NotCorrected unless corrected).</param>
/// <param name="CorrectedOn">Date corrected, or null.</param>
/// <param name="Line">Line in the results file.</param>
/// <param name="Category">The standard result category (检查结果), or null in a file without the outcome column.</param>
public sealed record InspectionResult(
    string TaskId,
    string Uscc,
    string Department,
    DateOnly Date,
    IReadOnlyList<string> Inspectors,
    IReadOnlyList<string> ItemsChecked,
    IReadOnlyList<ResultFinding> Findings,
    HarmLevel Harm,
    decimal? Quantity,
    DateOnly? RectificationDeadline,
    RectificationStatus Status,
    CorrectionTiming Timing,
    DateOnly? CorrectedOn,
    long Line,
    ResultCategory? Category = null)
{
    public string FindingId(ResultFinding finding) => $"{TaskId}#{finding.ViolationCode}";
}
