using Supervision.Model.Randomness;

namespace Supervision.Learning.Evaluation;

/// <summary>
/// What a random order of the test period achieves. AUC (0.5), lift (1.0) and the mean days earlier are exact
/// expectations; AUPRC and the median days earlier are averages over <see cref="Permutations"/> seeded shuffles
/// (SplitMix-seeded xoshiro256**, seed <see cref="Seed"/>), so the figures are the same on every run. The Brier
/// score is that of the uninformed forecast: the training violation rate for every inspection.
/// </summary>
internal static class RandomBaseline
{
    public const int Permutations = 200;
    public const ulong Seed = 20261127;

    public static ScorerMetrics Measure(IReadOnlyList<bool> labels, IReadOnlyList<DateOnly> dates, double trainingRate)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dates);
        var random = new SeededRandom(Seed);
        var order = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        double auprc = 0;
        double median = 0;
        for (var p = 0; p < Permutations; p++)
        {
            // Fisher–Yates: the shuffled positions are the scores of one random order.
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var ranking = new Ranking(order, labels);
            auprc += RankingMetrics.AveragePrecision(ranking);
            median += DaysEarlier.Median(DaysEarlier.PerViolation(ranking, dates));
        }

        var positives = labels.Count(l => l);
        return new ScorerMetrics(
            "random order",
            labels.Count,
            positives,
            0.5,
            auprc / Permutations,
            RankingMetrics.Brier([.. labels.Select(_ => trainingRate)], labels),
            positives == 0 ? 0 : 1,
            positives == 0 ? 0 : 1,
            DaysEarlier.RandomMean(dates, labels),
            median / Permutations);
    }
}
