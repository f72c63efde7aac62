using System.Globalization;
using Supervision.Data.Import;
using Supervision.Learning.Evaluation;

namespace Supervision.Learning.Reporting;

/// <summary>The evaluation as CSV files for analysts: metrics per scorer, the reliability table, feature importance.</summary>
public static class EvaluationCsv
{
    public static void Write(string directory, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        SafeCsvWriter.Write(
            Path.Combine(directory, "metrics.csv"),
            ["scorer", "test_rows", "test_violations", "auc", "auprc", "brier", "lift_top10", "lift_top20", "days_earlier_mean", "days_earlier_median", "first_test_date"],
            result.AllMetrics.Select(m => (IReadOnlyList<string?>)[
                m.Scorer, F(m.Rows), F(m.Positives), F(m.Auc), F(m.Auprc), m.Brier is { } b ? F(b) : null,
                F(m.Lift10), F(m.Lift20), F(m.DaysEarlierMean), F(m.DaysEarlierMedian), result.Boundary.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]), numbersAsIs: true);
        SafeCsvWriter.Write(
            Path.Combine(directory, "calibration.csv"),
            ["model", "decile", "count", "mean_predicted", "observed_rate"],
            result.Models.SelectMany(m => m.Deciles.Select(d => (IReadOnlyList<string?>)[
                m.Metrics.Scorer, F(d.Decile), F(d.Count), F(d.MeanPredicted), F(d.ObservedRate)])), numbersAsIs: true);
        SafeCsvWriter.Write(
            Path.Combine(directory, "importance.csv"),
            ["model", "rank", "feature", "mean_abs_contribution"],
            result.Models.SelectMany(m => m.Importance.Select((c, i) => (IReadOnlyList<string?>)[
                m.Metrics.Scorer, F(i + 1), c.Feature, F(c.Value)])), numbersAsIs: true);
    }

    public static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
