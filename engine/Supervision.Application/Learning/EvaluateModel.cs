using System.Text;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Reporting;
using Supervision.Learning.Training;

namespace Supervision.Application.Learning;

/// <summary>
/// The honest evaluation of learned risk: both learners chosen on the inspections before the split, measured after it
/// against the rule score and random selection, with the report an analyst reads (report.html, metrics.csv,
/// calibration.csv, importance.csv, predictions.csv).
/// </summary>
public static class EvaluateModel
{
    /// <summary>The files <see cref="Write"/> writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["report.html", "metrics.csv", "calibration.csv", "importance.csv", PredictionsCsv.FileName];

    /// <exception cref="ArgumentException">The data cannot train a learner (too few examples or violations).</exception>
    public static EvaluationResult Run(TemporalSplit split, string? bundleHash) => Evaluator.Run(split, CandidateGrid.All, bundleHash);

    /// <summary>Writes the evaluation's report into <paramref name="directory"/>.</summary>
    public static void Write(EvaluationResult result, string directory)
    {
        EvaluationCsv.Write(directory, result);
        PredictionsCsv.Write(Path.Combine(directory, PredictionsCsv.FileName), result);
        File.WriteAllText(Path.Combine(directory, "report.html"), EvaluationHtml.Render(result), new UTF8Encoding(false));
    }
}
