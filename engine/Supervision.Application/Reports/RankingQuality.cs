namespace Supervision.Application.Reports;

/// <summary>
/// How well a risk score ranks the inspections that found a problem above those that did not: the area under the ROC
/// curve (the probability that a random problem case scores higher than a random clean one, ties counting half), with
/// its 95 % interval by Hanley and McNeil (1982). 0.5 is no better than drawing lots.
/// </summary>
/// <param name="Auc">The area, or null when there is no positive or no negative case.</param>
/// <param name="Low">Lower end of the 95 % interval.</param>
/// <param name="High">Upper end of the 95 % interval.</param>
/// <param name="Positives">Inspections that found a problem.</param>
/// <param name="Negatives">Inspections that did not.</param>
public sealed record RankingQuality(double? Auc, double Low, double High, long Positives, long Negatives)
{
    /// <summary>The quality of <paramref name="scores"/> (higher = riskier) against <paramref name="outcomes"/> (true = a problem found).</summary>
    public static RankingQuality Of(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Count, outcomes.Count, nameof(outcomes));
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        long positives = outcomes.Count(o => o), negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return new RankingQuality(null, 0, 1, positives, negatives);
        }

        // Mann–Whitney: the positives' rank sum, ties given their average rank.
        double rankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                if (outcomes[order[k]])
                {
                    rankSum += rank;
                }
            }

            start = end + 1;
        }

        double p = positives, n = negatives;
        var auc = (rankSum - (p * (p + 1) / 2)) / (p * n);
        var q1 = auc / (2 - auc);
        var q2 = 2 * auc * auc / (1 + auc);
        var se = Math.Sqrt(((auc * (1 - auc)) + ((p - 1) * (q1 - (auc * auc))) + ((n - 1) * (q2 - (auc * auc)))) / (p * n));
        return new RankingQuality(auc, Math.Max(0, auc - (Proportion.Z95 * se)), Math.Min(1, auc + (Proportion.Z95 * se)), positives, negatives);
    }
}
