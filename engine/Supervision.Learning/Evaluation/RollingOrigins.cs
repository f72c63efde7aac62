using Supervision.Learning.Features;

namespace Supervision.Learning.Evaluation;

/// <summary>
/// Rolling-origin evaluation: the test period cut into consecutive periods with about the same number of labelled
/// inspections (one day never split), each evaluated as if it were the next one to come — learners chosen and trained
/// on every inspection before it, measured on it alone — so that each metric comes with its spread over periods
/// rather than one number from one period.
/// </summary>
public static class RollingOrigins
{
    /// <summary>The splits: for each period, every example before its first date to train on and the period to test on.</summary>
    /// <param name="dataset">Every example.</param>
    /// <param name="boundary">First date of the whole test period.</param>
    /// <param name="origins">How many periods (at least 1); fewer when the test period has fewer distinct dates.</param>
    public static IReadOnlyList<TemporalSplit> Splits(InspectionDataset dataset, DateOnly boundary, int origins)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfLessThan(origins, 1);
        var test = dataset.Examples.Where(e => e.Label is not null && e.Date >= boundary).ToList();
        if (test.Count == 0)
        {
            throw new ArgumentException($"no labelled inspection on or after {boundary:yyyy-MM-dd}: nothing to test on", nameof(boundary));
        }

        var starts = Enumerable.Range(0, origins).Select(k => test[k * test.Count / origins].Date).Distinct().ToList();
        var splits = new List<TemporalSplit>();
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k];
            var to = k + 1 < starts.Count ? starts[k + 1] : DateOnly.MaxValue;
            splits.Add(new TemporalSplit(from,
                dataset.With([.. dataset.Examples.Where(e => e.Date < from)]),
                dataset.With([.. dataset.Examples.Where(e => e.Date >= from && e.Date < to)])));
        }

        return splits;
    }

    /// <summary>Each scorer's metric over the periods: mean, smallest and largest, in the scorers' report order.</summary>
    public static IReadOnlyList<(string Scorer, string Metric, double Mean, double Min, double Max)> Spread(IReadOnlyList<EvaluationResult> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var rows = new List<(string, string, double, double, double)>();
        foreach (var scorer in periods.SelectMany(p => p.AllMetrics.Select(m => m.Scorer)).Distinct(StringComparer.Ordinal))
        {
            var metrics = periods.SelectMany(p => p.AllMetrics.Where(m => m.Scorer == scorer)).ToList();
            foreach (var (name, value) in new (string, Func<ScorerMetrics, double?>)[]
            {
                ("auc", m => m.Auc), ("auprc", m => m.Auprc), ("brier", m => m.Brier), ("lift_top10", m => m.Lift10),
                ("lift_top20", m => m.Lift20), ("days_earlier_mean", m => m.DaysEarlierMean),
            })
            {
                var values = metrics.Select(value).OfType<double>().ToList();
                if (values.Count > 0)
                {
                    rows.Add((scorer, name, values.Average(), values.Min(), values.Max()));
                }
            }
        }

        return rows;
    }
}
