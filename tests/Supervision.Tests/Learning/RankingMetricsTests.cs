using Supervision.Learning.Evaluation;

namespace Supervision.Tests.Learning;

/// <summary>The measures against small examples computed by hand.</summary>
public sealed class RankingMetricsTests
{
    // Ranked 0.9 (violation), 0.8, 0.7 (violation), 0.6.
    private static readonly Ranking Distinct = new([0.7, 0.9, 0.6, 0.8], [true, true, false, false]);

    // Two tied at the top (one violation), then a clean one.
    private static readonly Ranking Tied = new([1, 1, 0], [true, false, false]);

    [Fact]
    public void Auc_DistinctScores_IsTheShareOfPairsOrderedRight()
    {
        // Pairs (violation, clean): 0.9>0.8, 0.9>0.6, 0.7<0.8, 0.7>0.6 → 3 of 4.
        Assert.Equal(0.75, RankingMetrics.Auc(Distinct), 12);
    }

    [Fact]
    public void Auc_TiedPair_CountsOneHalf()
    {
        Assert.Equal(0.75, RankingMetrics.Auc(Tied), 12);
    }

    [Fact]
    public void Auc_OneClassOnly_IsOneHalf()
    {
        Assert.Equal(0.5, RankingMetrics.Auc(new Ranking([0.2, 0.1], [false, false])));
    }

    [Fact]
    public void AveragePrecision_DistinctScores_SumsRecallStepsTimesPrecision()
    {
        // Violation at rank 1 (precision 1) and rank 3 (precision 2/3), each half the recall.
        Assert.Equal((0.5 * 1) + (0.5 * 2 / 3.0), RankingMetrics.AveragePrecision(Distinct), 12);
    }

    [Fact]
    public void AveragePrecision_TiedGroup_IsOneStep()
    {
        Assert.Equal(0.5, RankingMetrics.AveragePrecision(Tied), 12);
    }

    [Fact]
    public void Brier_IsTheMeanSquaredError()
    {
        Assert.Equal((0.04 + 0.09) / 2, RankingMetrics.Brier([0.8, 0.3], [true, false]), 12);
    }

    [Theory]
    [InlineData(0.25, 2.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(1.0, 1.0)]
    public void Lift_DistinctScores_IsTheTopRateOverTheOverallRate(double share, double expected)
    {
        Assert.Equal(expected, RankingMetrics.Lift(Distinct, share), 12);
    }

    [Fact]
    public void Lift_CutThroughATie_CountsTheGroupsViolationsProRata()
    {
        // The top third is one of the two tied: half a violation expected, over a rate of 1/3.
        Assert.Equal(1.5, RankingMetrics.Lift(Tied, 1 / 3.0), 12);
    }

    [Fact]
    public void Ranking_MissingScore_RanksLast()
    {
        var ranking = new Ranking([double.NaN, 0.1], [true, false]);

        Assert.Equal(0.0, RankingMetrics.Auc(ranking));
    }

    [Fact]
    public void Deciles_TwentyPredictions_GiveTenGroupsOfTwoInOrder()
    {
        var probabilities = Enumerable.Range(0, 20).Select(i => i / 20.0).Reverse().ToArray();
        var labels = probabilities.Select(p => p >= 0.5).ToArray();

        var deciles = Reliability.Deciles(probabilities, labels);

        Assert.Equal(Enumerable.Range(1, 10), deciles.Select(d => d.Decile));
        Assert.All(deciles, d => Assert.Equal(2, d.Count));
        Assert.Equal(0.025, deciles[0].MeanPredicted, 12);
        Assert.Equal(0, deciles[4].ObservedRate);
        Assert.Equal(1, deciles[5].ObservedRate);
    }
}
