using Supervision.Model.Randomness;

namespace Supervision.Learning.Evaluation;

/// <summary>
/// How sure a difference in AUC between two scorers on the same test inspections is: the difference, and the 2.5 % and
/// 97.5 % quantiles over <see cref="Resamples"/> paired bootstrap resamples of the inspections (seeded, so the interval
/// is the same on every run). An interval that contains 0 means the test period cannot tell the two apart.
/// </summary>
internal static class PairedBootstrap
{
    public const int Resamples = 200;
    public const ulong Seed = 20261127;

    public static AucDifference Auc(IReadOnlyList<double> first, IReadOnlyList<double> second, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(labels);
        var difference = RankingMetrics.Auc(new Ranking(first, labels)) - RankingMetrics.Auc(new Ranking(second, labels));
        var random = new SeededRandom(Seed);
        var n = labels.Count;
        var differences = new double[Resamples];
        var a = new double[n];
        var b = new double[n];
        var y = new bool[n];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < n; i++)
            {
                var k = random.NextInt(n);
                (a[i], b[i], y[i]) = (first[k], second[k], labels[k]);
            }

            differences[r] = RankingMetrics.Auc(new Ranking(a, y)) - RankingMetrics.Auc(new Ranking(b, y));
        }

        Array.Sort(differences);
        return new AucDifference(difference, differences[(int)(0.025 * (Resamples - 1))], differences[(int)Math.Ceiling(0.975 * (Resamples - 1))]);
    }
}
