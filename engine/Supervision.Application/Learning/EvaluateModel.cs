using System.Text;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
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
    /// <param name="split">Training and test periods.</param>
    /// <param name="bundleHash">Recorded in the models' metadata.</param>
    /// <param name="blend">Also measure the equal-weight mean of the learners' probabilities.</param>
    public static EvaluationResult Run(TemporalSplit split, string? bundleHash, bool blend = false) => Evaluator.Run(split, CandidateGrid.All, bundleHash, blend);

    /// <summary>
    /// The rolling-origin evaluation: the test period of <paramref name="split"/> cut into <paramref name="origins"/>
    /// consecutive periods, each evaluated with learners chosen and trained on every inspection before it.
    /// </summary>
    /// <exception cref="ArgumentException">A period's earlier inspections cannot train a learner.</exception>
    public static IReadOnlyList<EvaluationResult> Rolling(InspectionDataset dataset, TemporalSplit split, int origins, string? bundleHash, bool blend = false)
    {
        ArgumentNullException.ThrowIfNull(split);
        return [.. RollingOrigins.Splits(dataset, split.Boundary, origins).Select(period => Run(period, bundleHash, blend))];
    }

    /// <summary>Writes a rolling-origin evaluation (origins.csv, origins-spread.csv) into <paramref name="directory"/>.</summary>
    public static void WriteRolling(IReadOnlyList<EvaluationResult> periods, string directory) => OriginsCsv.Write(directory, periods);

    /// <summary>Writes the evaluation's report into <paramref name="directory"/>.</summary>
    public static void Write(EvaluationResult result, string directory)
    {
        EvaluationCsv.Write(directory, result);
        PredictionsCsv.Write(Path.Combine(directory, PredictionsCsv.FileName), result);
        File.WriteAllText(Path.Combine(directory, "report.html"), EvaluationHtml.Render(result), new UTF8Encoding(false));
    }
}
