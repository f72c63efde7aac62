using System.Globalization;
using Supervision.Data.Import;
using Supervision.Learning.Evaluation;

namespace Supervision.Learning.Reporting;

/// <summary>
/// The files of a rolling-origin evaluation: origins.csv, one line per test period and scorer (its dates, rows, every
/// metric and, for a model, its AUC minus the baseline's with the bootstrap interval); origins-spread.csv, each
/// scorer's metric over the periods (mean, smallest, largest).
/// </summary>
public static class OriginsCsv
{
    public const string FileName = "origins.csv";
    public const string SpreadFileName = "origins-spread.csv";

    public static void Write(string directory, IReadOnlyList<EvaluationResult> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        Directory.CreateDirectory(directory);
        var rows = new List<IReadOnlyList<string?>>();
        for (var k = 0; k < periods.Count; k++)
        {
            var period = periods[k];
            var last = period.Test.Count == 0 ? period.Boundary : period.Test[^1].Date;
            foreach (var m in period.AllMetrics)
            {
                var versus = period.Models.FirstOrDefault(x => x.Metrics.Scorer == m.Scorer)?.VersusRule;
                rows.Add([
                    F(k + 1), D(period.Boundary), D(last), F(period.TrainRows), m.Scorer, F(m.Rows), F(m.Positives), F(m.Auc), F(m.Auprc),
                    m.Brier is { } b ? F(b) : null, F(m.Lift10), F(m.Lift20), F(m.DaysEarlierMean), F(m.DaysEarlierMedian),
                    versus is null ? null : F(versus.Difference), versus is null ? null : F(versus.Low), versus is null ? null : F(versus.High),
                ]);
            }
        }

        SafeCsvWriter.Write(Path.Combine(directory, FileName),
            ["origin", "test_from", "test_to", "train_rows", "scorer", "test_rows", "test_violations", "auc", "auprc", "brier", "lift_top10", "lift_top20",
                "days_earlier_mean", "days_earlier_median", "auc_minus_baseline", "interval_low", "interval_high"],
            rows, numbersAsIs: true);
        SafeCsvWriter.Write(Path.Combine(directory, SpreadFileName), ["scorer", "metric", "periods", "mean", "min", "max"],
            RollingOrigins.Spread(periods).Select(s => (IReadOnlyList<string?>)[s.Scorer, s.Metric, F(periods.Count), F(s.Mean), F(s.Min), F(s.Max)]),
            numbersAsIs: true);
    }

    private static string F(double value) => EvaluationCsv.F(value);

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
