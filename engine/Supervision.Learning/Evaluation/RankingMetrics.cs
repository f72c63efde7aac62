namespace Supervision.Learning.Evaluation;

/// <summary>Discrimination and calibration measures, computed here so that ties and edge cases are handled one documented way.</summary>
internal static class RankingMetrics
{
    /// <summary>
    /// Area under the ROC curve: the probability that a random violation ranks above a random clean inspection,
    /// ties counting one half (Mann–Whitney). 0.5 when either class is absent.
    /// </summary>
    public static double Auc(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var negatives = ranking.Count - ranking.Positives;
        if (ranking.Positives == 0 || negatives == 0)
        {
            return 0.5;
        }

        // Walking from the top: each positive beats the negatives ranked below it and ties half of its own group's.
        double wins = 0;
        var negativesBelow = negatives;
        foreach (var group in ranking.Groups)
        {
            var p = group.Count(i => ranking.Labels[i]);
            var n = group.Length - p;
            negativesBelow -= n;
            wins += p * (negativesBelow + (n / 2.0));
        }

        return wins / ((double)ranking.Positives * negatives);
    }

    /// <summary>
    /// Area under the precision–recall curve as average precision: the sum over score thresholds of the recall gained
    /// times the precision at that threshold, a tied group being one threshold. 0 without positives.
    /// </summary>
    public static double AveragePrecision(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        if (ranking.Positives == 0)
        {
            return 0;
        }

        double sum = 0;
        var seen = 0;
        var found = 0;
        foreach (var group in ranking.Groups)
        {
            var p = group.Count(i => ranking.Labels[i]);
            seen += group.Length;
            found += p;
            sum += (double)p / ranking.Positives * found / seen;
        }

        return sum;
    }

    /// <summary>Mean of (probability − outcome)²: 0 is perfect, 0.25 is a constant 0.5.</summary>
    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        return probabilities.Count == 0 ? 0 : probabilities.Select((p, i) => Math.Pow(p - (labels[i] ? 1 : 0), 2)).Average();
    }

    /// <summary>
    /// Violation rate among the top <paramref name="share"/> of the ranking over the overall rate. The top holds
    /// ⌈share × n⌉ examples; a tied group that straddles the cut contributes its positives pro rata (their expected number).
    /// </summary>
    public static double Lift(Ranking ranking, double share)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        if (ranking.Positives == 0)
        {
            return 0;
        }

        var take = (int)Math.Ceiling(share * ranking.Count);
        return Found(ranking, take) / take / ((double)ranking.Positives / ranking.Count);
    }

    /// <summary>Share of all violations among the top <paramref name="share"/> of the ranking (the gains curve), ties pro rata.</summary>
    public static double Captured(Ranking ranking, double share)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return ranking.Positives == 0 ? 0 : Found(ranking, (int)Math.Ceiling(share * ranking.Count)) / ranking.Positives;
    }

    /// <summary>Expected number of violations among the first <paramref name="take"/> examples.</summary>
    private static double Found(Ranking ranking, int take)
    {
        double found = 0;
        var left = take;
        foreach (var group in ranking.Groups)
        {
            if (left == 0)
            {
                break;
            }

            var used = Math.Min(left, group.Length);
            found += (double)used / group.Length * group.Count(i => ranking.Labels[i]);
            left -= used;
        }

        return found;
    }
}
