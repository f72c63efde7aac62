namespace Supervision.Learning.Evaluation;

/// <summary>
/// The "days earlier" measure of inspection-forecasting evaluations: keep the test period's visit dates (the
/// capacity actually used), give them to the same inspections re-ordered by predicted risk — the riskiest takes the
/// earliest date — and measure, for each inspection that found a violation, how many days earlier it would have
/// been visited (negative = later).
/// </summary>
/// <remarks>
/// The inspections of a tied group share that group's dates: each gets their mean, its expected date under a random
/// order within the group. So a scorer that cannot tell inspections apart scores about 0 however the ties fall.
/// </remarks>
internal static class DaysEarlier
{
    /// <returns>One value per violation, in the order of the positives among <paramref name="dates"/>.</returns>
    public static double[] PerViolation(Ranking ranking, IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(dates);
        var slots = dates.Select(d => (double)d.DayNumber).Order().ToArray();
        var assigned = new double[dates.Count];
        var next = 0;
        foreach (var group in ranking.Groups)
        {
            var mean = slots.AsSpan(next, group.Length).ToArray().Average();
            foreach (var i in group)
            {
                assigned[i] = mean;
            }

            next += group.Length;
        }

        return [.. Enumerable.Range(0, dates.Count).Where(i => ranking.Labels[i]).Select(i => dates[i].DayNumber - assigned[i])];
    }

    /// <summary>Expected mean under a uniformly random order: every violation's expected date is the mean of all dates.</summary>
    public static double RandomMean(IReadOnlyList<DateOnly> dates, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(labels);
        var positives = Enumerable.Range(0, dates.Count).Where(i => labels[i]).ToList();
        return positives.Count == 0 ? 0 : positives.Average(i => (double)dates[i].DayNumber) - dates.Average(d => (double)d.DayNumber);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
