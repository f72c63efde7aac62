using System.Globalization;
using Supervision.Data.Import;
using Supervision.Learning.Reporting;

namespace Supervision.Learning.Scoring;

/// <summary>
/// The learned risk of a feature table's rows: `row_id, entity_id, inspection_date, learned_violation_risk, rank,
/// model_id, reasons`, in the table's order, so that repeated inspections of one entity stay apart. Rank 1 is the row
/// with the highest probability in the whole file.
/// </summary>
public static class TableRiskCsv
{
    public static void Write(string path, IReadOnlyList<LearnedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var ranks = PredictionsCsv.Ranks([.. risks.Select(r => r.Probability)]);
        SafeCsvWriter.Write(path, ["row_id", "entity_id", "inspection_date", "learned_violation_risk", "rank", "model_id", "reasons"], risks.Select((r, i) => (IReadOnlyList<string?>)[
            r.RowId,
            r.EnterpriseId,
            r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Probability.ToString("0.######", CultureInfo.InvariantCulture),
            ranks[i].ToString(CultureInfo.InvariantCulture),
            r.ModelId,
            LearnedRiskCsv.Reasons(r),
        ]), numbersAsIs: true);
    }
}
