using System.Globalization;
using Supervision.Data.Import;

namespace Supervision.Learning.Scoring;

/// <summary>
/// learned-risk.csv: `uscc, learned_violation_risk` (the probability), `model_id, reasons`. The file the
/// `learned_violation_risk` indicator is read from when a bundle declares it (see docs/learned-risk.md).
/// </summary>
public static class LearnedRiskCsv
{
    public const string FileName = "learned-risk.csv";

    public static void Write(string path, IEnumerable<LearnedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        SafeCsvWriter.Write(path, ["uscc", "learned_violation_risk", "model_id", "reasons"], risks.Select(r => (IReadOnlyList<string?>)[
            r.EnterpriseId,
            r.Probability.ToString("0.######", CultureInfo.InvariantCulture),
            r.ModelId,
            Reasons(r),
        ]), numbersAsIs: true);
    }

    /// <summary>The top reasons as one cell: "feature +0.12; feature −0.05".</summary>
    public static string Reasons(LearnedRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return string.Join("; ", risk.Reasons.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Feature} {c.Value:+0.###;-0.###}")));
    }
}
